package fixgw.gateway.order;

/** A broker's OrderCancelReject for one of our child cancel or replace requests. */
public record BrokerCancelReject(
        String broker,
        String requestClOrdId,
        String origClOrdId,
        CancelRejectReason reason,
        String text) implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onBrokerCancelReject(this);
    }
}
