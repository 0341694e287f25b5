package fixgw.gateway.order;

import java.math.BigDecimal;

/**
 * A broker's answer to an OrderStatusRequest about one of our child orders (ExecutionReport ExecType=I): what
 * the broker holds as the truth about the order, used to reconcile after a broker session logs on again.
 *
 * @param clOrdId            the ClOrdID the answer carries (the child's current one, or the one asked about)
 * @param brokerOrderId      the broker's OrderID, {@code null} when the broker does not know the order
 * @param orderKnown         {@code false} when the broker answered that it has no such order
 * @param status             the order's status at the broker (REJECTED when it is unknown)
 * @param cumulativeQuantity the broker's CumQty: the quantity filled so far, never decreasing
 * @param averagePrice       the broker's AvgPx over that quantity, {@code null} if it sent none
 */
public record BrokerOrderStatus(
        String broker,
        String clOrdId,
        String brokerOrderId,
        boolean orderKnown,
        OrderStatus status,
        long cumulativeQuantity,
        BigDecimal averagePrice,
        String text,
        long receivedNanos) implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onBrokerOrderStatus(this);
    }
}
