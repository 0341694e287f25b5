package fixgw.gateway.order;

/**
 * What the order flow counts. The domain calls this; one adapter declares the actual metrics. Every method does
 * nothing unless overridden.
 */
public interface OrderMetrics {

    default void orderReceived() {
    }

    default void orderAcknowledged() {
    }

    default void orderRejected(RejectReason reason) {
    }

    default void fill(long quantity) {
    }

    default void duplicateExecutionIgnored() {
    }

    default void unknownExecutionIgnored() {
    }

    /** A broker fill whose CumQty showed its quantity was already counted (e.g. by reconciliation). */
    default void staleFillIgnored() {
    }

    /** An OrderStatusRequest sent to reconcile a child order after its broker logged on. */
    default void reconciliationRequested() {
    }

    /** Does nothing: for tests and tools that measure nothing. */
    OrderMetrics NONE = new OrderMetrics() {
    };
}
