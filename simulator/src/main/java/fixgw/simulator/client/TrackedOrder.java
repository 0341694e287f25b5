package fixgw.simulator.client;

/** One NEW row's order as the client follows it through replaces; guarded by {@link OrderTracker}. */
final class TrackedOrder {
    private final OrderRow row;
    private OrderState state = OrderState.PENDING;

    TrackedOrder(OrderRow row) {
        this.row = row;
    }

    OrderRow row() {
        return row;
    }

    OrderState state() {
        return state;
    }

    void state(OrderState newState) {
        state = newState;
    }
}
