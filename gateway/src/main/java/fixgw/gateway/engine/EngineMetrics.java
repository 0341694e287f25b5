package fixgw.gateway.engine;

/** What the engine loop measures. Every method does nothing unless overridden. */
public interface EngineMetrics {

    /** Time from a client's NewOrderSingle arriving to its child order being handed to the broker session. */
    default void routeLatency(long nanos) {
    }

    /** Time from a broker's acknowledgement arriving to the client's ExecutionReport New being sent. */
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
