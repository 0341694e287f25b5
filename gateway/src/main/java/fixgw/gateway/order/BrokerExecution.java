package fixgw.gateway.order;

import java.math.BigDecimal;

/**
 * An ExecutionReport from a broker about one of our child orders.
 *
 * @param childClOrdId  the ClOrdID the report carries (the child's, or that of our cancel/replace request)
 * @param origClOrdId   OrigClOrdID when the report answers a cancel or replace, else {@code null}
 * @param execId        the broker's execution id, unique per broker: the key that makes fills idempotent
 * @param lastQuantity  quantity of this fill, 0 when the report is not a fill
 * @param lastPrice     price of this fill, {@code null} when the report is not a fill
 * @param cumulativeQuantity the broker's CumQty of the order after this report, or {@link #CUMULATIVE_NOT_REPORTED}:
 *                      the truth a fill is checked against, so a resend under a new ExecID cannot count twice
 * @param rejectReason  the broker's reason when it rejected the order, else {@code null}
 * @param possibleDuplicate the broker flagged the report as a possible resend
 */
public record BrokerExecution(
        String broker,
        String childClOrdId,
        String origClOrdId,
        String brokerOrderId,
        String execId,
        ExecType execType,
        OrderStatus brokerStatus,
        long lastQuantity,
        BigDecimal lastPrice,
        long cumulativeQuantity,
        RejectReason rejectReason,
        String text,
        boolean possibleDuplicate,
        long receivedNanos) implements Command {

    /** CumQty was not on the report: a fill then counts at its LastQty alone. */
    public static final long CUMULATIVE_NOT_REPORTED = -1;

    /** A report without the broker's CumQty (only the ExecID then guards against double counting). */
    public BrokerExecution(String broker, String childClOrdId, String origClOrdId, String brokerOrderId,
                           String execId, ExecType execType, OrderStatus brokerStatus, long lastQuantity,
                           BigDecimal lastPrice, RejectReason rejectReason, String text, boolean possibleDuplicate,
                           long receivedNanos) {
        this(broker, childClOrdId, origClOrdId, brokerOrderId, execId, execType, brokerStatus, lastQuantity,
                lastPrice, CUMULATIVE_NOT_REPORTED, rejectReason, text, possibleDuplicate, receivedNanos);
    }

    public boolean reportsCumulativeQuantity() {
        return cumulativeQuantity != CUMULATIVE_NOT_REPORTED;
    }

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onBrokerExecution(this);
    }
}
