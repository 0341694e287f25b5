package fixgw.gateway.order;

/**
 * A client's OrderCancelRequest.
 *
 * @param clOrdId     the id of this cancel request; the order is known by it once canceled
 * @param origClOrdId the order's current ClOrdID
 */
public record CancelRequest(String session, String clOrdId, String origClOrdId, long receivedNanos)
        implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onCancel(this);
    }
}
