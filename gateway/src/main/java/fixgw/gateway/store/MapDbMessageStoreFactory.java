package fixgw.gateway.store;

import org.mapdb.DB;
import org.mapdb.DBException;
import quickfix.MessageStore;
import quickfix.MessageStoreFactory;
import quickfix.SessionID;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * QuickFIX/J message stores for every session of one acceptor or initiator, kept in one MapDB file with
 * transactions: each session has its own maps (sequence numbers and creation time, sent messages by sequence
 * number), every store operation commits on its own, and each session keeps only its last
 * {@code retainedMessages} sent messages (older ones are gap-filled on resend).
 *
 * <p>Opening a file that exists but cannot be read throws {@link UnreadableStoreException} naming the file; the
 * file is never replaced by an empty store.
 *
 * <p>Known limit: MapDB's {@code StoreWAL} does not reuse the space of evicted messages well, so the file grows by
 * about 250-400 bytes per stored message even though only the retained ones are live (measured: 60,000 messages
 * with 10,000 retained, 26 MB; 144,000, 52 MB). Bounding the file needs a rotation to a fresh file, not done yet.
 *
 * <p>Thread-safe. It owns the MapDB file: {@link #close()} it after the sessions that use its stores have
 * stopped. Commits are serialised on one lock for all its sessions, because a MapDB commit covers the whole file.
 */
public final class MapDbMessageStoreFactory implements MessageStoreFactory, AutoCloseable {

    private final Path file;
    private final DB db;
    private final int retainedMessages;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<SessionID, MapDbMessageStore> stores = new HashMap<>();

    /**
     * Opens {@code file}, creating it if it does not exist.
     *
     * @param retainedMessages sent messages kept per session for resend requests
     * @throws UnreadableStoreException if the file exists but cannot be opened
     */
    public MapDbMessageStoreFactory(Path file, Durability durability, int retainedMessages, Clock clock) {
        if (retainedMessages <= 0) {
            throw new IllegalArgumentException("retainedMessages must be positive, was " + retainedMessages);
        }
        this.file = file;
        this.retainedMessages = retainedMessages;
        this.clock = clock;
        this.db = MapDbFiles.open(file, durability);
    }


    @Override
    public MessageStore create(SessionID sessionID) {
        synchronized (lock) {
            // one store object per session, so two callers never hold diverging copies of its sequence numbers
            return stores.computeIfAbsent(sessionID, id -> {
                try {
                    return new MapDbMessageStore(db, lock, id.toString(), retainedMessages, clock);
                } catch (DBException e) {
                    throw new UnreadableStoreException(file, e);
                }
            });
        }
    }

    /** The file this factory's stores live in. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (!db.isClosed()) {
                db.close();
            }
        }
    }
}
