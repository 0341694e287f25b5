package fixgw.gateway.engine;

/**
 * Makes a batch of engine work durable. The engine calls {@link #commit()} once per batch, after applying its
 * commands and before sending anything they produced, so nothing reaches a client or broker before the state
 * it reveals is stored.
 */
public interface StateStore {

    /** Makes every change since the last commit durable, as one unit. Throws if it cannot. */
    void commit();

    /** Keeps state in memory only: nothing survives a restart. */
    StateStore IN_MEMORY = () -> {
    };
}
