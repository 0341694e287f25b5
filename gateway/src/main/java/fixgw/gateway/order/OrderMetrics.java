package fixgw.gateway.order;

/** What the order flow counts. The domain calls this; one adapter declares the actual metrics. */
public interface OrderMetrics {

    void orderReceived();

    void orderAcknowledged();

    void orderRejected(RejectReason reason);

    void fill(long quantity);

    void duplicateExecutionIgnored();

    void unknownExecutionIgnored();

    /** Does nothing: for tests and tools that count nothing. */
    OrderMetrics NONE = new OrderMetrics() {
        @Override
        public void orderReceived() {
        }

        @Override
        public void orderAcknowledged() {
        }

        @Override
        public void orderRejected(RejectReason reason) {
        }

        @Override
        public void fill(long quantity) {
        }

        @Override
        public void duplicateExecutionIgnored() {
        }

        @Override
        public void unknownExecutionIgnored() {
        }
    };
}
