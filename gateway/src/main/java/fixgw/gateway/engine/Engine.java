package fixgw.gateway.engine;

import fixgw.gateway.order.BrokerOrders;
import fixgw.gateway.order.ClientReports;
import fixgw.gateway.order.Command;
import fixgw.gateway.order.CommandHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The single writer: one thread takes commands from a bounded queue, applies a batch of them to the order state,
 * commits the batch, and only then sends what the batch produced (group commit; persist before acknowledge).
 *
 * <p>Thread-safe entry points: {@link #submit(Command)} from any thread (FIX callbacks), {@link #close()} once.
 * Everything else runs on the engine thread.
 */
public final class Engine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final long POLL_MILLIS = 50;

    /** Builds the command handler on top of the engine's outbox, so it can only send through it. */
    @FunctionalInterface
    public interface HandlerFactory {
        CommandHandler create(ClientReports clients, BrokerOrders brokers);
    }

    /**
     * @param queueCapacity most commands waiting; a full queue makes submitters wait (back-pressure on sessions)
     * @param maxBatchSize  most commands applied per commit
     */
    public record Settings(int queueCapacity, int maxBatchSize) {
    }

    private final BlockingQueue<Command> queue;
    private final int maxBatchSize;
    private final StateStore store;
    private final EngineMetrics metrics;
    private final Outbox outbox;
    private final CommandHandler handler;
    private final Thread thread;
    private volatile boolean accepting = true;
    private volatile boolean failed;

    public Engine(Settings settings, StateStore store, EngineMetrics metrics, ClientReports clients,
                  BrokerOrders brokers, HandlerFactory handlerFactory) {
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.maxBatchSize = settings.maxBatchSize();
        this.store = store;
        this.metrics = metrics;
        this.outbox = new Outbox(clients, brokers, metrics, System::nanoTime, store::afterSent);
        this.handler = handlerFactory.create(outbox, outbox);
        this.thread = new Thread(this::run, "engine");
    }

    public void start() {
        thread.start();
    }

    /**
     * Queues a command for the engine thread. Waits while the queue is full.
     *
     * @return {@code false} if the engine is shutting down or has failed and will not apply it
     */
    public boolean submit(Command command) {
        if (!accepting || failed) {
            return false;
        }
        try {
            queue.put(command);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public int queueDepth() {
        return queue.size();
    }

    /** {@code true} once a commit has failed: the engine then applies nothing more, to send nothing unstored. */
    public boolean hasFailed() {
        return failed;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    private void run() {
        List<Command> batch = new ArrayList<>(maxBatchSize);
        try {
            while (accepting || !queue.isEmpty()) {
                Command first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatchSize - 1);
                if (!applyAndCommit(batch)) {
                    return;
                }
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("engine thread interrupted; {} commands left unapplied", queue.size());
        }
    }

    private boolean applyAndCommit(List<Command> batch) {
        for (Command command : batch) {
            outbox.setCause(command.receivedNanos());
            if (command instanceof InboundCommand inbound) {
                // recorded even if applying it fails below: a restart must not apply it again
                store.applied(inbound.sessionId(), inbound.position());
            }
            try {
                command.dispatchTo(handler);
            } catch (RuntimeException e) {
                metrics.commandFailed();
                LOG.error("failed to apply {}", command, e);
            }
        }
        long commitStart = System.nanoTime();
        try {
            store.sending(outbox.clientMessages());
            store.commit();
        } catch (RuntimeException e) {
            failed = true;
            outbox.discard();
            LOG.error("commit failed: the engine stops and sends nothing it could not store", e);
            return false;
        }
        metrics.batchCommitted(batch.size(), System.nanoTime() - commitStart);
        store.send(outbox::flush);
        return true;
    }

    /** Stops taking commands, applies and commits those already queued, sends their output, and returns. */
    @Override
    public void close() {
        accepting = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.error("engine thread did not stop within 10 s");
        }
    }
}
