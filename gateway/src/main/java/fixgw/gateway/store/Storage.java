package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;
import fixgw.gateway.engine.StateStore;
import fixgw.gateway.order.ClientMessage;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.position.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.MessageStoreFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The gateway's books on disk, as configured: opens the data directory and recovers the order state in it, runs
 * the background checkpoints, and closes everything in an order that loses nothing. At {@code memory} level it
 * keeps nothing and recovers nothing.
 *
 * <p>Open and close it from one thread; the stores it hands out document their own threading.
 */
public final class Storage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    private final StorageConfig.Level level;
    private final Path directory;
    /** The journal {@code journal-*.journal} in the data directory: one for the orders and every FIX session. */
    private static final String JOURNAL = "journal";
    /** The folder of the data directory with a file per FIX session. */
    private static final String SESSIONS = "sessions";

    private final Checkpoints checkpoints;
    private final SharedJournal journal;
    private final JournaledMap orderMap;
    private final StateStore stateStore;
    private final MapDbStateStore.Recovered recovered;
    private final GroupSync groupSync;
    private final DataDirectoryLock lock;
    private MapDbMessageStoreFactory sessionStores;

    private Storage(StorageConfig.Level level, Path directory, Checkpoints checkpoints, SharedJournal journal,
                    JournaledMap orderMap, StateStore stateStore, MapDbStateStore.Recovered recovered,
                    GroupSync groupSync, DataDirectoryLock lock) {
        this.level = level;
        this.directory = directory;
        this.checkpoints = checkpoints;
        this.journal = journal;
        this.orderMap = orderMap;
        this.stateStore = stateStore;
        this.recovered = recovered;
        this.groupSync = groupSync;
        this.lock = lock;
    }

    /**
     * Opens the configured storage and reads back every stored order.
     *
     * @throws UnreadableStoreException if a store file exists but cannot be read, or is a journal of an older layout
     *                                  that holds commits (see {@link LegacyJournals}); nothing is replaced
     * @throws IllegalStateException    if another gateway uses the data directory ({@link DataDirectoryLock}); nothing
     *                                  in it is touched
     */
    public static Storage open(StorageConfig config, int maxStoredOrders) {
        StorageConfig.Level level = config.level();
        if (level == StorageConfig.Level.MEMORY) {
            return new Storage(level, null, null, null, null, StateStore.IN_MEMORY,
                    new MapDbStateStore.Recovered(List.of(), List.of(), Map.of(), List.of()), null, null);
        }
        Path directory = Path.of(config.directory()).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + directory, e);
        }
        if (level == StorageConfig.Level.DISK && !System.getProperty("os.name", "").startsWith("Linux")) {
            // RedoVolume syncs the memory-mapped MapDB files with fdatasync, which covers mapped writes on Linux
            LOG.warn("storage: durability disk is built for Linux; on {} a power cut may lose checkpointed orders",
                    System.getProperty("os.name"));
        }
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory); // before anything in it is read or written
        long start = System.nanoTime();
        GroupSync groupSync = null;
        SharedJournal journal = null;
        JournaledMap orders = null;
        try {
            new LegacyJournals(directory, directory.resolve(SESSIONS), JOURNAL).removeEmpty();
            groupSync = new GroupSync();
            journal = new SharedJournal(directory, JOURNAL, JournaledMap.journalSync(durability(level), groupSync));
            journal.holdDeletion(); // until the session stores have claimed their records (sessionStores)
            orders = new JournaledMap(directory.resolve("orders.db"), "orders", durability(level), journal, groupSync,
                    MapDbStateStore.FOLD);
            MapDbStateStore store = new MapDbStateStore(orders, maxStoredOrders);
            MapDbStateStore.Recovered recovered = store.recover();
            LOG.info("storage: {} in {}; {} stored orders, {} live, {} positions recovered in {} ms", level,
                    directory, store.storedOrders(), recovered.liveOrders().size(), recovered.positions().size(),
                    (System.nanoTime() - start) / 1_000_000);
            Checkpoints checkpoints = new Checkpoints(config.checkpointIntervalMillis());
            checkpoints.register(orders);
            return new Storage(level, directory, checkpoints, journal, orders, store, recovered, groupSync, lock);
        } catch (RuntimeException e) {
            throw closeAll(e, groupSync, orders, journal, lock); // what it had opened (null: not yet), the lock last
        }
    }

    /**
     * Closes each of {@code resources} that is there (null: skipped), in order, also when one fails; returns
     * {@code failure}, or the first failure to close if {@code failure} is null, with any later ones suppressed.
     */
    private static RuntimeException closeAll(RuntimeException failure, AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        return failure;
    }

    private static Durability durability(StorageConfig.Level level) {
        return level == StorageConfig.Level.DISK ? Durability.DISK : Durability.PROCESS;
    }

    /** Where the engine commits its batches. */
    public StateStore stateStore() {
        return stateStore;
    }

    /** Every live order stored when this was opened, to rebuild the order book before the engine starts. */
    public List<ParentOrderState> recoveredOrders() {
        return recovered.liveOrders();
    }

    /**
     * The client messages of the last committed batch that sent any: a crash while that batch was being sent may
     * have kept some of them from their sessions, so the gateway sends again those its sessions do not hold.
     */
    public List<ClientMessage> lastSentClientMessages() {
        return recovered.lastSent();
    }

    /** Every position stored when this was opened. */
    public List<Position> recoveredPositions() {
        return recovered.positions();
    }

    /** The configured level, as health reports it: memory, process or disk. */
    public String level() {
        return level.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Why the latest background checkpoint failed, or null when all is well (always null in memory). */
    public String checkpointFailure() {
        if (groupSync != null && groupSync.failure() != null) {
            return groupSync.failure();
        }
        return checkpoints == null ? null : checkpoints.lastFailure();
    }

    /**
     * The FIX sessions' message stores, in the {@code sessions} folder of the data directory, or empty in memory
     * (the sessions then keep their state in memory). Made on the first call; later calls return the same factory.
     * Each session's next target sequence number starts right after the last inbound message of it the engine
     * committed (see {@link MapDbMessageStore#resumeInboundAfter}).
     *
     * @param retainedMessages sent messages kept per session to answer resend requests
     * @throws UnreadableStoreException if a session store exists but cannot be read
     */
    public synchronized Optional<MessageStoreFactory> sessionStores(int retainedMessages, Clock clock) {
        if (checkpoints == null) {
            return Optional.empty();
        }
        if (sessionStores == null) {
            sessionStores = new MapDbMessageStoreFactory(directory.resolve(SESSIONS), durability(level),
                    retainedMessages, clock, checkpoints, recovered.inbound(), journal, groupSync);
            journal.releaseUnclaimed(); // every session store present is open now
        }
        return Optional.of(sessionStores);
    }

    /**
     * Hands {@code listener} how long each group write of the journal took, in nanoseconds, its sync included at
     * {@code disk}; nothing in memory.
     */
    public void reportJournalWritesTo(LongConsumer listener) {
        if (groupSync != null) {
            groupSync.reportWriteTimesTo(listener);
        }
    }

    /**
     * Where a FIX session must hand each write to its socket, to be written once what the write reveals is durable
     * (see {@link GroupSync}); empty in memory, where writes go at once.
     */
    public Optional<Consumer<Runnable>> writeGate() {
        return groupSync == null ? Optional.empty() : Optional.of(groupSync::afterNextSync);
    }

    /** The data directory, or null in memory. */
    public Path directory() {
        return directory;
    }

    /** Call after the engine has stopped: checkpoints what is committed and closes the files. */
    @Override
    public void close() {
        if (groupSync != null) {
            groupSync.close(); // runs what waits for a sync while the journals are still open
        }
        if (checkpoints != null) {
            checkpoints.close();
            // the lock last: the directory is another gateway's only once everything is in it
            RuntimeException failure = closeAll(null, sessionStores, orderMap, journal, lock);
            if (failure != null) {
                throw failure;
            }
        }
    }
}
