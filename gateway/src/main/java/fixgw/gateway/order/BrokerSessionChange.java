package fixgw.gateway.order;

/** A broker session logged on or off. */
public record BrokerSessionChange(String broker, boolean loggedOn) implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onBrokerSessionChange(this);
    }
}
