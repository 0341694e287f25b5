package fixgw.gateway.store;

import quickfix.MessageStore;
import quickfix.SessionID;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link MapDbMessageStoreKillTest}: sends messages through a PROCESS-durable store the way
 * QuickFIX/J does, with checkpoints every few milliseconds, and prints each sequence number once it is stored,
 * until it is killed.
 */
final class StoreWriterProcess {

    static final SessionID SESSION = new SessionID("FIX.4.4", "GATEWAY", "OMS1");

    private StoreWriterProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (Checkpoints checkpoints = new Checkpoints(2);
             MapDbMessageStoreFactory factory = new MapDbMessageStoreFactory(directory, Durability.PROCESS, 1_000,
                     Clock.systemUTC(), checkpoints)) {
            MessageStore store = factory.create(SESSION);
            for (int i = 0; i < count; i++) {
                int seq = store.getNextSenderMsgSeqNum();
                store.set(seq, "m" + seq);
                store.incrNextSenderMsgSeqNum();
                System.out.println(seq);
                System.out.flush();
            }
        }
    }
}
