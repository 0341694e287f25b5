package fixgw.gateway.store;

import quickfix.MessageStore;
import quickfix.SessionID;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link MapDbMessageStoreKillTest}: sends messages through a PROCESS-durable store the way
 * QuickFIX/J does, with checkpoints running, and prints each sequence number once it is stored,
 * until it is killed.
 */
final class StoreWriterProcess {

    static final SessionID SESSION = new SessionID("FIX.4.4", "GATEWAY", "OMS1");

    private StoreWriterProcess() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        // checkpoints as often as a busy gateway's, not back to back: a kill inside MapDB's own commit can leave its
        // file unreadable (see README, known fault), which JournaledMapKillTest exposes; this test is about the
        // message store's sequence numbers
        try (Checkpoints checkpoints = new Checkpoints(50);
             MapDbMessageStoreFactory factory = new MapDbMessageStoreFactory(directory, Durability.PROCESS, 1_000,
                     Clock.systemUTC(), checkpoints, null)) {
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
