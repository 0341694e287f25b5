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
        RejectReason rejectReason,
        String text,
        boolean possibleDuplicate,
        long receivedNanos) implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onBrokerExecution(this);
    }
}
