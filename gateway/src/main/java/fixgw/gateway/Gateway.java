package fixgw.gateway;

import fixgw.gateway.admin.AdminServer;
import fixgw.gateway.admin.HealthReport;
import fixgw.gateway.config.ConfigException;
import fixgw.gateway.config.ConfigLoader;
import fixgw.gateway.config.GatewayConfig;
import fixgw.gateway.engine.Engine;
import fixgw.gateway.engine.OrderManager;
import fixgw.gateway.engine.StateStore;
import fixgw.gateway.fix.BrokerApplication;
import fixgw.gateway.fix.BrokerOrderSender;
import fixgw.gateway.fix.ClientApplication;
import fixgw.gateway.fix.ClientReportSender;
import fixgw.gateway.fix.FixEndpoints;
import fixgw.gateway.fix.SessionRegistry;
import fixgw.gateway.fix.SessionStores;
import fixgw.gateway.metrics.GatewayMetrics;
import fixgw.gateway.order.IdGenerator;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.position.PositionBook;
import fixgw.gateway.risk.HealthyStorage;
import fixgw.gateway.risk.KnownSymbols;
import fixgw.gateway.risk.PreTradeRisk;
import fixgw.gateway.route.BrokerAvailability;
import fixgw.gateway.route.SingleBrokerRouter;
import fixgw.gateway.store.Storage;
import fixgw.gateway.store.UnreadableStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Acceptor;
import quickfix.ConfigError;
import quickfix.Initiator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The gateway process: wires configuration, engine, FIX sessions and the admin endpoint, and shuts them down in
 * the order that loses nothing (stop taking orders, drain and commit, then log the sessions out).
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    private static final Path DEFAULT_CONFIG = Path.of("fix-config", "gateway.json");

    private final Engine engine;
    private final Acceptor clientAcceptor;
    private final Initiator brokerInitiator;
    private final AdminServer admin;
    private final SessionRegistry clientSessions;
    private final SessionRegistry brokerSessions;
    private final BrokerAvailability availability;
    private final Storage storage;

    private Gateway(Engine engine, Acceptor clientAcceptor, Initiator brokerInitiator, AdminServer admin,
                    SessionRegistry clientSessions, SessionRegistry brokerSessions, BrokerAvailability availability,
                    Storage storage) {
        this.engine = engine;
        this.clientAcceptor = clientAcceptor;
        this.brokerInitiator = brokerInitiator;
        this.admin = admin;
        this.clientSessions = clientSessions;
        this.brokerSessions = brokerSessions;
        this.availability = availability;
        this.storage = storage;
    }

    /**
     * Starts a gateway on an already validated configuration, with the orders stored in its data directory.
     *
     * @throws UnreadableStoreException if a store file exists but cannot be read (it is left as it is)
     */
    public static Gateway start(GatewayConfig config, Clock clock) throws ConfigError, InterruptedException {
        FixEndpoints.warmUp(config.clients(), config.broker().fix()); // while the store is read
        Storage storage = Storage.open(config.storage(), config.retention().storedOrders());
        Deque<Runnable> started = new ArrayDeque<>(); // what to stop, newest first, if a later step fails
        started.push(storage::close);
        try {
            return start(config, clock, storage, started);
        } catch (ConfigError | InterruptedException | RuntimeException e) {
            while (!started.isEmpty()) {
                try {
                    started.pop().run();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** The rest of {@link #start(GatewayConfig, Clock)}: each step that starts something adds how to stop it. */
    private static Gateway start(GatewayConfig config, Clock clock, Storage storage, Deque<Runnable> started)
            throws ConfigError, InterruptedException {
        GatewayMetrics metrics = new GatewayMetrics();
        storage.reportJournalWritesTo(metrics::journalWritten);
        SessionRegistry clientSessions = new SessionRegistry();
        SessionRegistry brokerSessions = new SessionRegistry();
        IdGenerator ids = new IdGenerator(clock);
        BrokerAvailability availability = new BrokerAvailability();
        PreTradeRisk risk = PreTradeRisk.allOf(List.of(new HealthyStorage(storage::checkpointFailure),
                new KnownSymbols(config.instruments())));
        StateStore store = storage.stateStore();
        OrderBook book = new OrderBook(config.retention().terminalOrders());
        long restoreStart = System.nanoTime();
        storage.recoveredOrders().forEach(state -> book.restore(ParentOrder.restore(state)));
        PositionBook positions = new PositionBook();
        storage.recoveredPositions().forEach(positions::restore);
        LOG.info("order book rebuilt: {} live orders in {} ms", book.size(),
                (System.nanoTime() - restoreStart) / 1_000_000);
        ClientReportSender clientReports = new ClientReportSender(clientSessions);
        Engine engine = new Engine(new Engine.Settings(config.engine().queueCapacity(), config.engine().maxBatchSize()),
                store, metrics, clientReports,
                new BrokerOrderSender(brokerSessions),
                (clients, brokers) -> new OrderManager(book, ids, clock, risk,
                        new SingleBrokerRouter(config.broker().name(), availability), availability, clients, brokers,
                        metrics, store, positions));
        started.push(engine::close);
        // before any session: a port taken fails the start before a client or broker could see the gateway
        AdminServer admin = AdminServer.start(config.admin().host(), config.admin().port(),
                () -> health(engine, storage, clientSessions, brokerSessions), metrics::scrape, positions::all);
        started.push(admin::close);
        long sessionsStart = System.nanoTime();
        int retainedMessages = config.retention().messagesPerSession();
        SessionStores sessionStores = storage.sessionStores(retainedMessages, clock)
                .map(factory -> SessionStores.durable(factory, storage.writeGate()))
                .orElseGet(() -> SessionStores.inMemory(retainedMessages, clock));
        BrokerApplication brokerApplication = new BrokerApplication(engine, brokerSessions, metrics);
        Initiator initiator = FixEndpoints.initiator(brokerApplication, config.broker().fix(), sessionStores);
        Acceptor acceptor = FixEndpoints.acceptor(
                new ClientApplication(engine, clientSessions, ids, clock, metrics), config.clients(), sessionStores);
        // the broker first, so that what clients resend on logon is routed, not rejected as "broker not logged
        // on"; its reports wait in the engine's queue until the engine starts
        started.push(initiator::stop); // before start: one that fails half way leaves its session timer task
        initiator.start();
        if (!brokerApplication.awaitAllLoggedOn(config.broker().startupLogonWait())) {
            LOG.warn("broker {} not logged on within {} ms: clients are let in, and their orders are rejected until"
                    + " it is", config.broker().name(), config.broker().startupLogonWait().toMillis());
        }
        started.push(acceptor::stop); // before start: a port taken fails it after its session timer task was scheduled
        try {
            acceptor.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen for FIX clients on " + config.clients().host() + ":"
                    + config.clients().port() + ": " + causes(e), e);
        }
        // before the engine can add to them: what a crash kept from the clients goes first
        int missing = clientReports.sendMissing(storage.lastSentClientMessages());
        if (missing > 0) {
            LOG.warn("sent {} client reports that a crash had kept from their sessions", missing);
        }
        engine.start();
        LOG.info("FIX sessions started in {} ms", (System.nanoTime() - sessionsStart) / 1_000_000);
        metrics.registerLiveGauges(engine::queueDepth, () -> sessionStates(clientSessions, brokerSessions));
        LOG.info("gateway started: clients on {}:{}, broker {} at {}:{}, admin on {}:{}", config.clients().host(),
                config.clients().port(), config.broker().name(), config.broker().fix().host(),
                config.broker().fix().port(), config.admin().host(), admin.port());
        return new Gateway(engine, acceptor, initiator, admin, clientSessions, brokerSessions, availability,
                storage);
    }

    private static Map<String, Map<String, Boolean>> sessionStates(SessionRegistry clients, SessionRegistry brokers) {
        return Map.of("clients", clients.loggedOnByName(), "brokers", brokers.loggedOnByName());
    }

    private static HealthReport health(Engine engine, Storage storage, SessionRegistry clients,
                                       SessionRegistry brokers) {
        return HealthReport.of(new HealthReport.EngineHealth(engine.isRunning(), engine.hasFailed(),
                engine.queueDepth()), new HealthReport.StorageHealth(storage.level(), storage.checkpointFailure()),
                sessionStates(clients, brokers));
    }

    public HealthReport health() {
        return health(engine, storage, clientSessions, brokerSessions);
    }

    /** {@code true} once the engine routes orders to the broker (its session is logged on). */
    public boolean isRoutingTo(String broker) {
        return availability.snapshot().contains(broker);
    }

    public int adminPort() {
        return admin.port();
    }

    /** Stops taking orders, applies and sends what is queued, then logs every session out. */
    @Override
    public void close() {
        LOG.info("gateway stopping");
        engine.close();
        clientAcceptor.stop();
        brokerInitiator.stop();
        admin.close();
        storage.close();
        LOG.info("gateway stopped");
    }

    /** The messages of {@code failure} and of each cause after it that says something new, in one line. */
    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !text.toString().contains(message)) {
                text.append(": ").append(message);
            }
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            System.err.println("usage: java -jar gateway.jar [path/to/gateway.json]   (default "
                    + DEFAULT_CONFIG + ")");
            System.exit(2);
        }
        Path configFile = args.length == 1 ? Path.of(args[0]) : DEFAULT_CONFIG;
        Gateway gateway;
        try {
            gateway = start(ConfigLoader.load(configFile), Clock.systemUTC());
        } catch (ConfigException | ConfigError | UnreadableStoreException e) {
            System.err.println("gateway not started: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) { // a port taken, a data directory that cannot be made: said in one line
            LOG.debug("start failed", e);
            System.err.println("gateway not started: " + causes(e));
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
    }
}
