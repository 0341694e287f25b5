package fixgw.gateway.engine;

/** What the engine loop measures. */
public interface EngineMetrics {

    /** Time from a client's NewOrderSingle arriving to its child order being handed to the broker session. */
    void routeLatency(long nanos);

    /** Time from a broker's acknowledgement arriving to the client's ExecutionReport New being sent. */
    void acknowledgementLatency(long nanos);

    void batchCommitted(int commands, long commitNanos);

    void commandFailed();

    EngineMetrics NONE = new EngineMetrics() {
        @Override
        public void routeLatency(long nanos) {
        }

        @Override
        public void acknowledgementLatency(long nanos) {
        }

        @Override
        public void batchCommitted(int commands, long commitNanos) {
        }

        @Override
        public void commandFailed() {
        }
    };
}
