package fixgw.simulator.fix;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.config.AdminConfig;
import fixgw.simulator.config.BarReplayConfig;
import fixgw.simulator.config.CommissionConfig;
import fixgw.simulator.config.FixConfig;
import fixgw.simulator.config.LedgerConfig;
import fixgw.simulator.config.LiquidityConfig;
import fixgw.simulator.config.MarketConfig;
import fixgw.simulator.config.ModelConfig;
import fixgw.simulator.config.QuoteConfig;
import fixgw.simulator.config.RandomWalkConfig;
import fixgw.simulator.config.RetentionConfig;
import fixgw.simulator.config.SessionProfileConfig;
import fixgw.simulator.config.SimulatorConfig;
import fixgw.simulator.market.ManualClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A simulator whose market a test drives by hand: its market time is an {@link ManualClock} (speed 1), the
 * session is 09:30-10:01 New York (14:30-15:01 UTC) and the test starts at 15:00:00 UTC.
 *
 * <p>{@link #BARS} replays one-second steps (a bar of 4 seconds is 4 steps): seconds 0-3 trade at 100.00,
 * seconds 4-7 at 100.00, 99.50, 100.50, 100.20, seconds 8-11 at 100.20, each step 1,000 shares of which an order
 * may take half; bid at the traded price, ask a cent above. Commission one cent a share, at least 1.00 an order.
 */
final class MovingMarketSimulator implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-24T15:00:00Z");
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String BARS = String.join("\n",
            "time,open,high,low,close,volume",
            "2026-11-24T15:00:00Z,100.00,100.00,100.00,100.00,4000",
            "2026-11-24T15:00:04Z,100.00,100.50,99.50,100.20,4000",
            "2026-11-24T15:00:08Z,100.20,100.20,100.20,100.20,4000", "");

    final ManualClock clock = new ManualClock(START);
    final Simulator simulator;
    final FixClient client;

    private MovingMarketSimulator(SimulatorConfig config) throws Exception {
        simulator = Simulator.start(config, clock);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM"), TIMEOUT);
    }

    /** AAPL replays {@link #BARS}; IBM keeps a static quote. */
    static MovingMarketSimulator onBars(Path directory) throws Exception {
        return onBars(directory, List.of());
    }

    /** {@link #onBars(Path)} with these session profiles and an admin endpoint on a free port. */
    static MovingMarketSimulator onBars(Path directory, List<SessionProfileConfig> profiles) throws Exception {
        Path bars = directory.resolve("bars.csv");
        Files.writeString(bars, BARS);
        SimulatorConfig config = config(new BarReplayConfig(bars, new BigDecimal("0.01"), 1L, 4L));
        return new MovingMarketSimulator(new SimulatorConfig(config.fix(), config.quotes(), config.retention(),
                config.ledger(), config.market(), config.commission(), profiles, new AdminConfig(0)));
    }

    /** Another client of the simulator, as {@code senderCompId}. */
    FixClient connect(String senderCompId) throws Exception {
        return FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), senderCompId, "SIM"), TIMEOUT);
    }

    /** AAPL follows a random walk with this seed, one step a second. */
    static MovingMarketSimulator onRandomWalk(long seed) throws Exception {
        return new MovingMarketSimulator(config(new RandomWalkConfig(new BigDecimal("100.00"), new BigDecimal("0.01"),
                2L, new BigDecimal("0.001"), 1_000L, 1_000L, null, null, seed)));
    }

    private static SimulatorConfig config(ModelConfig aaplModel) throws IOException {
        return new SimulatorConfig(FixConfig.of("127.0.0.1", freePort()),
                List.of(QuoteConfig.moving("AAPL", aaplModel,
                                new LiquidityConfig(new BigDecimal("0.5"), BigDecimal.ZERO)),
                        QuoteConfig.of("IBM", "221.40", "221.50", 1000)),
                RetentionConfig.DEFAULTS, LedgerConfig.DEFAULTS,
                new MarketConfig("America/New_York", "09:30", "10:01", START.toString(), 1L, 2L, 2L),
                new CommissionConfig(new BigDecimal("0.01"), null, new BigDecimal("1.00")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Moves market time on by whole seconds (one step of {@link #BARS} each). */
    void advanceSeconds(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    @Override
    public void close() {
        client.close();
        simulator.close();
    }
}
