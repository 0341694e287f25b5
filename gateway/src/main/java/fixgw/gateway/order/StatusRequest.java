package fixgw.gateway.order;

/**
 * A client's OrderStatusRequest, answered from the gateway's own state.
 *
 * @param clOrdId any ClOrdID the order has carried
 * @param orderId the gateway's order id, {@code null} when not given
 * @param symbol  as the client gave it, echoed when the order is unknown
 * @param side    as the client gave it, echoed when the order is unknown
 */
public record StatusRequest(String session, String clOrdId, String orderId, String symbol, Side side)
        implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onStatusRequest(this);
    }
}
