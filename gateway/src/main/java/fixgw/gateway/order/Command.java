package fixgw.gateway.order;

/** An input to the engine: a client request, a broker event or a timer. Applied only on the engine thread. */
public interface Command {

    void dispatchTo(CommandHandler handler);

    /** Monotonic time the command arrived at the gateway, for latency metrics; 0 when not measured. */
    default long receivedNanos() {
        return 0;
    }
}
