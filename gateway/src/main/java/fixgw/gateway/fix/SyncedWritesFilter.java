package fixgw.gateway.fix;

import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;

import java.util.function.Consumer;

/**
 * Holds each message a FIX session writes to its socket until what it reveals is on the disk: QuickFIX/J stores a
 * message and then writes it, and at {@code disk} durability the store's sync is done for a whole group of
 * messages at once by the gate. Writes leave in the order they were made (the gate runs them in order).
 */
final class SyncedWritesFilter extends IoFilterAdapter {

    static final String NAME = "syncedWrites";

    private final Consumer<Runnable> gate;

    SyncedWritesFilter(Consumer<Runnable> gate) {
        this.gate = gate;
    }

    @Override
    public void filterWrite(NextFilter nextFilter, IoSession session, WriteRequest writeRequest) {
        gate.accept(() -> nextFilter.filterWrite(session, writeRequest));
    }
}
