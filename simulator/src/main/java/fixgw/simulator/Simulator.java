package fixgw.simulator;

import fixgw.simulator.admin.AdminServer;
import fixgw.simulator.config.ConfigException;
import fixgw.simulator.config.LedgerConfig;
import fixgw.simulator.config.MarketConfig;
import fixgw.simulator.config.SimulatorConfig;
import fixgw.simulator.config.SimulatorConfigLoader;
import fixgw.simulator.fix.BoundedMessageStore;
import fixgw.simulator.fix.InboundMessageFactory;
import fixgw.simulator.fix.InboundValidation;
import fixgw.simulator.fix.ProfileSessions;
import fixgw.simulator.fix.SettingsTemplate;
import fixgw.simulator.fix.SimulatorApplication;
import fixgw.simulator.ledger.ExecutionLedger;
import fixgw.simulator.ledger.LedgerEntry;
import fixgw.simulator.ledger.LedgerExporter;
import fixgw.simulator.ledger.LedgerFile;
import fixgw.simulator.venue.VenueMarkets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.ConfigError;
import quickfix.FileStoreFactory;
import quickfix.MessageStoreFactory;
import quickfix.SLF4JLogFactory;
import quickfix.Session;
import quickfix.SessionSettings;
import quickfix.ThreadedSocketAcceptor;

/**
 * The broker simulator: a FIX 4.4 acceptor (SenderCompID {@code SIM}; sessions {@code GATEWAY} and
 * {@code DIRECT}) that fills orders against fixed quotes.
 *
 * <p>Command line: {@code java -jar simulator/target/simulator.jar [path/to/simulator.json]} (default
 * {@code fix-config/simulator.json}); runs until SIGTERM/Ctrl-C.
 *
 * <p>In process (tests):
 * <pre>{@code
 * int port;
 * try (ServerSocket socket = new ServerSocket(0)) { port = socket.getLocalPort(); }
 * try (Simulator simulator = Simulator.start(SimulatorConfig.onPort(port))) {
 *     // connect as TargetCompID GATEWAY or DIRECT to 127.0.0.1:port, SenderCompID SIM
 * }
 * }</pre>
 * The handle is thread-safe; {@link #close()} logs sessions out and stops the acceptor (idempotent).
 */
public final class Simulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final String BUNDLED_SETTINGS = "fixgw/simulator/simulator.cfg";
    private static final Path DEFAULT_CONFIG = Path.of("fix-config", "simulator.json");

    private final SimulatorConfig config;
    private final ThreadedSocketAcceptor acceptor;
    private final SimulatorApplication application;
    /** {@code null} without {@code "admin"} in the config. */
    private final AdminServer admin;
    private final ExecutionLedger ledger;
    private boolean closed;

    private Simulator(SimulatorConfig config, ThreadedSocketAcceptor acceptor, SimulatorApplication application,
                      AdminServer admin, ExecutionLedger ledger) {
        this.config = config;
        this.acceptor = acceptor;
        this.application = application;
        this.admin = admin;
        this.ledger = ledger;
    }

    /** Every execution this simulator made, across sessions (thread-safe; export with {@link LedgerExporter}). */
    public ExecutionLedger ledger() {
        return ledger;
    }

    /** Starts on the system UTC clock. */
    public static Simulator start(SimulatorConfig config) throws ConfigError {
        return start(config, Clock.systemUTC());
    }

    /**
     * Validates {@code config} and starts accepting; returns once the port is bound.
     *
     * @param clock real time: stamps TransactTime on reports, or drives the market time of moving markets
     *              (which then stamps TransactTime)
     * @throws ConfigException if a config value is invalid
     * @throws ConfigError     if the QuickFIX/J settings are invalid or the port cannot be bound
     */
    public static Simulator start(SimulatorConfig config, Clock clock) throws ConfigError {
        config.validate();
        Properties variables = new Properties();
        variables.setProperty("host", config.fix().host());
        variables.setProperty("port", Integer.toString(config.fix().port()));
        SessionSettings settings = SettingsTemplate.load(config.fix().settingsFile(), BUNDLED_SETTINGS, variables);
        ProfileSessions.addMissing(settings, config.sessions());
        InboundValidation validation = InboundValidation.takeOver(settings);
        ExecutionLedger ledger = openLedger(config.ledger());
        VenueMarkets markets = config.venueMarkets(clock);
        MarketConfig market = config.market();
        Duration pollInterval = market == null ? Duration.ofMillis(MarketConfig.DEFAULT_POLL_MILLIS)
                : market.pollInterval();
        int maxSubscriptions = market == null ? MarketConfig.DEFAULT_MAX_SUBSCRIPTIONS
                : market.subscriptionsPerSession();
        SimulatorApplication application = new SimulatorApplication(config.quotesBySymbol(), markets, pollInterval,
                maxSubscriptions, clock, config.retention().finishedOrders(), ledger, config.sessions(), validation);
        ThreadedSocketAcceptor acceptor = new ThreadedSocketAcceptor(application,
                messageStores(config, settings, clock), settings, new SLF4JLogFactory(settings),
                new InboundMessageFactory());
        try {
            acceptor.start();
        } catch (ConfigError | RuntimeException e) {
            acceptor.stop(true); // a port taken fails the start after its session timer task was scheduled
            application.close();
            ledger.close();
            if (e instanceof ConfigError error) {
                throw error;
            }
            throw new ConfigError("Simulator cannot listen for FIX on " + config.fix().host() + ":"
                    + config.fix().port() + ": " + causes(e));
        }
        LOG.info("Simulator accepting FIX on {}:{} for {}", config.fix().host(), config.fix().port(),
                acceptor.getSessions());
        AdminServer admin = null;
        if (config.admin() != null) {
            try {
                admin = AdminServer.start(config.admin().port(), application::faultsByCompId);
            } catch (IOException e) {
                acceptor.stop(true);
                application.close();
                ledger.close();
                throw new ConfigError("Simulator admin cannot listen on 127.0.0.1:" + config.admin().port() + ": "
                        + e.getMessage());
            }
        }
        return new Simulator(config, acceptor, application, admin, ledger);
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

    private static ExecutionLedger openLedger(LedgerConfig config) throws ConfigError {
        if (config.appendFile() == null) {
            return new ExecutionLedger(config.entries());
        }
        try {
            return new ExecutionLedger(config.entries(), LedgerFile.open(config.appendFile()));
        } catch (IOException e) {
            throw new ConfigError("Ledger file " + config.appendFile() + " cannot be opened: " + e.getMessage());
        }
    }

    /** QuickFIX/J file stores when a session store directory is configured, bounded memory otherwise. */
    private static MessageStoreFactory messageStores(SimulatorConfig config, SessionSettings settings, Clock clock) {
        Path directory = config.fix().sessionStoreDirectory();
        if (directory == null) {
            return BoundedMessageStore.factory(config.retention().messages(), clock);
        }
        settings.setString(FileStoreFactory.SETTING_FILE_STORE_PATH, directory.toString());
        return new FileStoreFactory(settings);
    }

    /** The port the acceptor listens on. */
    public int port() {
        return config.fix().port();
    }

    /**
     * The port of the admin endpoint (session faults).
     *
     * @throws IllegalStateException if the config has no {@code "admin"}
     */
    public int adminPort() {
        if (admin == null) {
            throw new IllegalStateException("no admin endpoint: add \"admin\": {\"port\": 0} to the config");
        }
        return admin.port();
    }

    /** The configuration this simulator runs with. */
    public SimulatorConfig config() {
        return config;
    }

    /** Whether the session with this counterparty (e.g. {@code "GATEWAY"}) is logged on right now. */
    public boolean isLoggedOn(String targetCompId) {
        return acceptor.getSessions().stream()
                .filter(id -> id.getTargetCompID().equals(targetCompId))
                .map(Session::lookupSession)
                .anyMatch(session -> session != null && session.isLoggedOn());
    }

    /** Logs every session out and stops the acceptor. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            // stop(false) sends Logout and waits for the counterparty's answer before closing sockets.
            if (admin != null) {
                admin.close();
            }
            acceptor.stop(false);
            application.close();
            exportLedger();
            ledger.close();
            LOG.info("Simulator on port {} stopped", port());
        }
    }

    private void exportLedger() {
        Path file = config.ledger().exportFile();
        if (file == null) {
            return;
        }
        List<LedgerEntry> entries = ledger.entries();
        try {
            new LedgerExporter().export(entries, file);
            String incomplete = ledger.dropped() == 0 ? ""
                    : " (the oldest " + ledger.dropped() + " were dropped, see ledger.maxEntries)";
            LOG.info("Ledger of {} executions written to {}{}", entries.size(), file, incomplete);
        } catch (IOException e) {
            LOG.error("Ledger export to {} failed: {}", file, e.toString());
        }
    }

    public static void main(String[] args) {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            System.err.println("usage: java -jar simulator.jar [path/to/simulator.json]   (default "
                    + DEFAULT_CONFIG + ")");
            System.exit(2);
        }
        Path configFile = args.length == 1 ? Path.of(args[0]) : DEFAULT_CONFIG;
        Simulator simulator;
        try {
            simulator = start(new SimulatorConfigLoader().load(configFile));
        } catch (ConfigException | ConfigError e) {
            LOG.error("Simulator did not start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        awaitShutdown(stopped);
    }

    private static void awaitShutdown(CountDownLatch stopped) {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("Main thread interrupted; the shutdown hook stops the acceptor");
        }
    }

    /** For logs and test failure messages. */
    @Override
    public String toString() {
        return "Simulator[" + config.fix().host() + ":" + config.fix().port() + "]";
    }
}
