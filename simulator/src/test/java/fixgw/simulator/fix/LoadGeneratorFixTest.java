package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.LoadGenerator;
import fixgw.simulator.client.LoadResult;
import fixgw.simulator.client.LoadSettings;
import fixgw.simulator.config.FixConfig;
import fixgw.simulator.config.SessionProfileConfig;
import fixgw.simulator.config.SimulatorConfig;
import fixgw.simulator.ledger.LedgerEntry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The load generator's generated orders, checked against the simulator's ledger of what it executed. */
class LoadGeneratorFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int ORDERS = 200;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What the simulator executed in one run: quantity per order (symbol, total) and orders per symbol/side. */
    private record Executed(List<Map.Entry<String, Long>> quantities, Map<String, Long> ordersBySymbolAndSide) {
    }

    private static Executed run(long seed) throws Exception {
        try (Simulator simulator = Simulator.start(SimulatorConfig.onPort(freePort()));
             FixClient client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT",
                     "SIM"), TIMEOUT)) {
            LoadSettings settings = new LoadSettings(ORDERS, 0, 50, 0, List.of("AAPL", "MSFT"), 1, 1_000, seed,
                    TIMEOUT);
            LoadResult result = new LoadGenerator(client, settings, Clock.systemUTC()).run();

            assertThat(result.filled()).isEqualTo(ORDERS);
            List<LedgerEntry> ledger = simulator.ledger().entries();
            Map<String, Long> perOrder = ledger.stream().collect(Collectors.groupingBy(
                    entry -> entry.symbol() + "/" + entry.orderId(), TreeMap::new,
                    Collectors.summingLong(LedgerEntry::quantity)));
            List<Map.Entry<String, Long>> quantities = perOrder.entrySet().stream()
                    .map(entry -> Map.entry(entry.getKey().substring(0, entry.getKey().indexOf('/')),
                            entry.getValue()))
                    .sorted(Map.Entry.<String, Long>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                    .toList();
            Map<String, Long> sides = ledger.stream()
                    .collect(Collectors.groupingBy(entry -> entry.symbol() + "/" + entry.side(), TreeMap::new,
                            Collectors.mapping(LedgerEntry::orderId,
                                    Collectors.collectingAndThen(Collectors.toSet(), set -> (long) set.size()))));
            return new Executed(quantities, sides);
        }
    }

    @Test
    void cyclesThroughTheSymbolsAlternatingSidesWithSeededSizesInTheRange() throws Exception {
        Executed first = run(42);
        Executed again = run(42);

        assertThat(first.quantities()).hasSize(ORDERS);
        assertThat(first.ordersBySymbolAndSide()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "AAPL/BUY", (long) ORDERS / 4, "AAPL/SELL", (long) ORDERS / 4,
                "MSFT/BUY", (long) ORDERS / 4, "MSFT/SELL", (long) ORDERS / 4)));
        assertThat(first.quantities()).allSatisfy(order -> assertThat(order.getValue()).isBetween(1L, 1_000L));
        assertThat(first.quantities().stream().map(Map.Entry::getValue).distinct().count())
                .isGreaterThan(ORDERS / 4);
        assertThat(again.quantities()).isEqualTo(first.quantities());
    }

    /**
     * A fixed rate records one value per order: a venue that answers every order 20 ms late must show at least 20 ms
     * at p50. (An expected-interval correction at 500/s would add nine made-up values of 2-18 ms per order and put
     * the p50 near 11 ms.)
     */
    @Test
    void aFixedRateRecordsEachOrderOnce() throws Exception {
        long venueDelayMillis = 20;
        int orders = 100;
        try (Simulator simulator = Simulator.start(slowVenue(venueDelayMillis));
             FixClient client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT",
                     "SIM"), TIMEOUT)) {
            LoadSettings settings = new LoadSettings(orders, 500, 50, 0, "AAPL", 1, TIMEOUT);
            LoadResult result = new LoadGenerator(client, settings, Clock.systemUTC()).run();

            assertThat(result.filled()).isEqualTo(orders);
            assertThat(result.ack().count()).isEqualTo(orders);
            assertThat(result.fill().count()).isEqualTo(orders);
            assertThat(result.sendLag().count()).isEqualTo(orders);
            assertThat(result.ack().p50()).isGreaterThanOrEqualTo(venueDelayMillis * 1_000);
        }
    }

    /** A rate the sender cannot keep (a send takes more than a microsecond) shows as send lag, not as nothing. */
    @Test
    void aSenderBehindItsScheduleShowsItsLag() throws Exception {
        int orders = 2_000;
        try (Simulator simulator = Simulator.start(SimulatorConfig.onPort(freePort()));
             FixClient client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT",
                     "SIM"), TIMEOUT)) {
            LoadSettings settings = new LoadSettings(orders, 1_000_000, 50, 0, "AAPL", 1, TIMEOUT);
            LoadResult result = new LoadGenerator(client, settings, Clock.systemUTC()).run();

            assertThat(result.filled()).isEqualTo(orders);
            assertThat(result.sendLag().max()).isGreaterThanOrEqualTo(1_000);
        }
    }

    private static SimulatorConfig slowVenue(long delayMillis) throws IOException {
        return new SimulatorConfig(FixConfig.of("127.0.0.1", freePort()), SimulatorConfig.defaultQuotes(), null, null,
                null, null, List.of(new SessionProfileConfig("DIRECT", delayMillis, null, null, null)), null);
    }
}
