package fixgw.gateway.engine;

/** What the engine loop measures. Every method does nothing unless overridden. */
public interface EngineMetrics {

    /**
     * Time from a client's NewOrderSingle arriving to its child order leaving for the broker: handed to the broker
     * session's socket, after the sync that makes it durable where the store holds socket writes for one.
     */
    default void routeLatency(long nanos) {
    }

    /**
     * Time from a client's NewOrderSingle arriving to its ExecutionReport New leaving, as for
     * {@link #routeLatency} (the gateway acknowledges an order itself, in the batch that routes it, not on the
     * broker's acknowledgement).
     */
    default void acknowledgementLatency(long nanos) {
    }

    default void batchCommitted(int commands, long commitNanos) {
    }

    default void commandFailed() {
    }

    /** Does nothing: for tests and tools that measure nothing. */
    EngineMetrics NONE = new EngineMetrics() {
    };
}
