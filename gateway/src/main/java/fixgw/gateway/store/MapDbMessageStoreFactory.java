package fixgw.gateway.store;

import fixgw.gateway.engine.InboundPosition;
import quickfix.MessageStore;
import quickfix.MessageStoreFactory;
import quickfix.SessionID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * QuickFIX/J message stores for the gateway's sessions, one {@link JournaledMap} per session in one directory (file
 * names from {@link SessionFileName}): sequence numbers, creation time and the last {@code retainedMessages} sent
 * messages of each session (older ones are gap-filled on resend). A stored message costs one journal write (plus
 * one sync at {@link Durability#DISK}); the {@link Checkpoints} it is given move them into the MapDB files.
 *
 * <p>Every store file already in the directory is opened by the constructor, so a damaged one stops start-up there
 * with {@link UnreadableStoreException} naming it; it is never replaced by an empty store.
 *
 * <p>Thread-safe. It owns the files: {@link #close()} it after the sessions that use its stores have stopped.
 */
public final class MapDbMessageStoreFactory implements MessageStoreFactory, AutoCloseable {

    private static final String DB_SUFFIX = ".db";
    /** A session's name in a shared journal: its file's, in the folder it shares with no other kind of store. */
    private static final String TENANT_PREFIX = "sessions/";

    private final Path directory;
    private final Durability durability;
    private final int retainedMessages;
    private final Clock clock;
    private final Checkpoints checkpoints;
    private final Map<String, InboundPosition> appliedInbound;
    private final SharedJournal journal;
    private final GroupSync groupSync;
    // guarded by this
    private final Map<String, JournaledMap> maps = new HashMap<>();
    private final Map<String, MapDbMessageStore> stores = new HashMap<>();
    private boolean closed;

    /**
     * Opens every session store in {@code directory}, creating the directory if absent.
     *
     * @param retainedMessages sent messages kept per session for resend requests
     * @param checkpoints      runs the stores' checkpoints until {@link #close()}
     * @param appliedInbound   how far the engine applied each session's inbound messages, by session id: each
     *                         store's next target sequence number is rewound to just after it (see
     *                         {@link MapDbMessageStore#resumeInboundAfter}); null keeps the numbers as stored
     * @throws UnreadableStoreException if a store file exists but cannot be read
     */
    MapDbMessageStoreFactory(Path directory, Durability durability, int retainedMessages, Clock clock,
                             Checkpoints checkpoints, Map<String, InboundPosition> appliedInbound) {
        this(directory, durability, retainedMessages, clock, checkpoints, appliedInbound, null, null);
    }

    /**
     * As above, with every session's commits in {@code journal} (shared with other stores; null: a journal per
     * session in {@code directory}) and written by {@code groupSync}: a stored message is then written (and at
     * {@link Durability#DISK} synced) by it rather than before {@code set} returns, so whatever sends the message
     * must wait for it (see {@link GroupSync}).
     */
    MapDbMessageStoreFactory(Path directory, Durability durability, int retainedMessages, Clock clock,
                             Checkpoints checkpoints, Map<String, InboundPosition> appliedInbound,
                             SharedJournal journal, GroupSync groupSync) {
        if (retainedMessages <= 0) {
            throw new IllegalArgumentException("retainedMessages must be positive, was " + retainedMessages);
        }
        this.directory = directory;
        this.durability = durability;
        this.retainedMessages = retainedMessages;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.appliedInbound = appliedInbound;
        this.journal = journal;
        this.groupSync = groupSync;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create session store directory " + directory, e);
        }
        try {
            for (String name : existingNames(directory)) {
                open(name);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized MessageStore create(SessionID sessionID) {
        if (closed) {
            throw new IllegalStateException("session stores in " + directory + " are closed");
        }
        // one store object per session, so two callers never hold diverging copies of its sequence numbers
        String name = SessionFileName.of(sessionID);
        MapDbMessageStore store = stores.get(name);
        if (store == null) {
            try {
                store = new MapDbMessageStore(open(name), retainedMessages, clock);
                if (appliedInbound != null) {
                    store.resumeInboundAfter(appliedInbound.get(sessionID.toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot initialise the store of " + sessionID, e);
            }
            stores.put(name, store);
        }
        return store;
    }

    /** The directory the session stores live in. */
    public Path directory() {
        return directory;
    }

    /** Checkpoints and closes every session's store. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (JournaledMap map : maps.values()) {
            checkpoints.unregister(map);
            try {
                map.close();
            } catch (RuntimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private JournaledMap open(String name) {
        JournaledMap map = maps.get(name);
        if (map == null) {
            map = journal == null
                    ? new JournaledMap(directory, name, durability, groupSync, MapDbMessageStore::foldMessages)
                    : new JournaledMap(directory.resolve(name + DB_SUFFIX), TENANT_PREFIX + name, durability, journal,
                    groupSync, MapDbMessageStore::foldMessages);
            maps.put(name, map);
            checkpoints.register(map);
        }
        return map;
    }

    private static java.util.List<String> existingNames(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(DB_SUFFIX))
                    .map(file -> file.substring(0, file.length() - DB_SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list session store directory " + directory, e);
        }
    }
}
