package fixgw.gateway.engine;

import fixgw.gateway.order.ParentOrder;

/**
 * Makes the engine's work durable. The order manager reports each order a command changed; the engine calls
 * {@link #commit()} once per batch, after applying its commands and before sending anything they produced, so
 * nothing reaches a client or broker before the state it reveals is stored.
 *
 * <p>Called on the engine thread only.
 */
public interface StateStore {

    /** The order (or one of its children) changed in the current batch; store its state at the next commit. */
    default void changed(ParentOrder parent) {
    }

    /** Makes every change since the last commit durable, as one unit. Throws if it cannot. */
    void commit();

    /** Keeps state in memory only: nothing survives a restart. */
    StateStore IN_MEMORY = () -> {
    };
}
