package fixgw.gateway.order;

/** An OrderStatusRequest for a child order, asking its broker what it holds about the order. */
public record ChildStatusRequest(
        String broker,
        String clOrdId,
        String brokerOrderId,
        String symbol,
        Side side) {
}
