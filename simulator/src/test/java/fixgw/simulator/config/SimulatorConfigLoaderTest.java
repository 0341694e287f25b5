package fixgw.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorConfigLoaderTest {
    @TempDir
    Path directory;

    private static final String QUOTES = "\"quotes\": [ { \"symbol\": \"AAPL\", \"bid\": \"189.98\", "
            + "\"ask\": \"190.02\", \"size\": 500 } ]";

    private Path write(String json) throws IOException {
        Path file = directory.resolve("simulator.json");
        Files.writeString(file, json);
        return file;
    }

    private SimulatorConfig load(String json) throws IOException {
        return new SimulatorConfigLoader().load(write(json));
    }

    @Test
    void loadsExampleAndResolvesSettingsFileAgainstTheJsonDirectory() throws IOException {
        SimulatorConfig config = load("{ \"fix\": { \"settingsFile\": \"simulator.cfg\", \"host\": \"127.0.0.1\", "
                + "\"port\": 9877 }, " + QUOTES + " }");

        assertThat(config.fix().settingsFile()).isEqualTo(directory.resolve("simulator.cfg"));
        assertThat(config.fix().port()).isEqualTo(9877);
        assertThat(config.quotesBySymbol().get("AAPL").ask()).isEqualByComparingTo("190.02");
    }

    @Test
    void resolvesTheSessionStoreDirectoryAgainstTheJsonDirectoryAndKeepsSessionsInMemoryWithoutIt()
            throws IOException {
        SimulatorConfig stored = load("{ \"fix\": { \"host\": \"127.0.0.1\", \"port\": 9877, "
                + "\"sessionStoreDirectory\": \"sessions\" }, " + QUOTES + " }");
        SimulatorConfig inMemory = load("{ \"fix\": { \"host\": \"127.0.0.1\", \"port\": 9877 }, " + QUOTES
                + " }");

        assertThat(stored.fix().sessionStoreDirectory()).isEqualTo(directory.resolve("sessions"));
        assertThat(inMemory.fix().sessionStoreDirectory()).isNull();
    }

    @Test
    void shippedExampleIsValid() {
        SimulatorConfig config = new SimulatorConfigLoader().load(Path.of("..", "fix-config", "simulator.json"));

        assertThat(config.quotes()).extracting(QuoteConfig::symbol).containsExactly("AAPL", "MSFT", "IBM");
        assertThat(config.fix().settingsFile()).exists();
    }

    @Test
    void shippedBacktestExampleHasMovingMarketsAndAStaticQuote() {
        SimulatorConfig config = new SimulatorConfigLoader()
                .load(Path.of("..", "fix-config", "simulator-backtest.json"));

        assertThat(config.hasMovingMarkets()).isTrue();
        assertThat(config.quotesBySymbol()).containsOnlyKeys("IBM");
        assertThat(((BarReplayConfig) config.quotes().get(0).model()).file())
                .isEqualTo(Path.of("..", "fix-config", "sample-bars-aapl.csv").toAbsolutePath().normalize());
        assertThat(config.quotes().get(1).model()).isInstanceOf(RandomWalkConfig.class);
        assertThat(config.venueMarkets(java.time.Clock.systemUTC()).symbols()).hasSize(2);
        assertThat(config.sessions()).extracting(SessionProfileConfig::compId).containsExactly("GATEWAY", "BROKER2");
        assertThat(config.sessions().get(1).ackLatency()).hasMillis(5);
        assertThat(config.admin().port()).isEqualTo(9878);
    }

    @Test
    void listsEveryBadFieldOfAMovingModel() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, \"market\": { \"zone\": "
                + "\"Mars/Olympus\", \"open\": \"16:00\", \"close\": \"09:30\" }, \"quotes\": [ { \"symbol\": "
                + "\"AAPL\", \"bid\": \"1\", \"model\": { \"type\": \"randomWalk\", \"initialPrice\": \"-1\", "
                + "\"tickSize\": \"0.01\", \"spreadTicks\": 0, \"volatilityPerTick\": \"0.001\", "
                + "\"volumePerTick\": 100, \"tickMillis\": 1000 } } ] }"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("market.zone is not valid, was \"Mars/Olympus\"")
                .hasMessageContaining("market.open 16:00 must be before market.close 09:30")
                .hasMessageContaining("quotes[0] has a moving model: leave out bid, ask and size")
                .hasMessageContaining("quotes[0].model.initialPrice must be positive, was -1")
                .hasMessageContaining("quotes[0].model.spreadTicks must be positive, was 0")
                .hasMessageContaining("quotes[0].model.seed is missing")
                .hasMessageContaining("quotes[0].liquidity is missing");
    }

    @Test
    void aMovingModelNeedsTheMarketHours() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, \"quotes\": [ { "
                + "\"symbol\": \"AAPL\", \"model\": { \"type\": \"barReplay\", \"file\": \"none.csv\", "
                + "\"tickSize\": \"0.01\", \"spreadTicks\": 1, \"barSeconds\": 60 }, \"liquidity\": { "
                + "\"maxParticipation\": \"2\", \"impactBasisPoints\": \"0\" } } ] }"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("market is missing")
                .hasMessageContaining("quotes[0].model.file " + directory.resolve("none.csv") + " is not a readable file")
                .hasMessageContaining("quotes[0].liquidity.maxParticipation must be above 0 and at most 1, was 2");
    }

    @Test
    void listsBadSessionProfilesAndAdminPort() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES + ", \"sessions\": [ "
                + "{ \"compId\": \"A\", \"ackLatencyMillis\": -1, \"rejectProbability\": \"1.5\" }, "
                + "{ \"compId\": \"A\" } ], \"admin\": { \"port\": 70000 } }"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("sessions[0].ackLatencyMillis must be zero or more, was -1")
                .hasMessageContaining("sessions[0].rejectProbability must be 0..1, was 1.5")
                .hasMessageContaining("sessions[1].compId A is listed twice")
                .hasMessageContaining("admin.port must be 0..65535 (0: any free port), was 70000");
    }

    @Test
    void resolvesTheLedgerAppendFileAgainstTheJsonDirectoryAndWantsCsv() throws IOException {
        SimulatorConfig config = load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES
                + ", \"ledger\": { \"appendFile\": \"executions.csv\" } }");
        assertThat(config.ledger().appendFile()).isEqualTo(directory.resolve("executions.csv"));

        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES
                + ", \"ledger\": { \"appendFile\": \"executions.json\" } }"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ledger.appendFile must end in .csv");
    }

    @Test
    void anUnknownModelTypeIsRefused() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, \"quotes\": [ { "
                + "\"symbol\": \"AAPL\", \"model\": { \"type\": \"garch\" } } ] }"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("quotes[0].model");
    }

    @Test
    void rejectsNegativePort() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"127.0.0.1\", \"port\": -1 }, " + QUOTES + " }"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("fix.port").hasMessageContaining("-1");
    }

    @Test
    void rejectsAskBelowBid() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, \"quotes\": [ { \"symbol\": "
                + "\"AAPL\", \"bid\": \"190.02\", \"ask\": \"189.98\", \"size\": 500 } ] }"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("quotes[0].ask 189.98 must not be below quotes[0].bid 190.02");
    }

    @Test
    void rejectsNonPositiveSize() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, \"quotes\": [ { \"symbol\": "
                + "\"AAPL\", \"bid\": \"1\", \"ask\": \"2\", \"size\": 0 } ] }"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("quotes[0].size must be positive, was 0");
    }

    @Test
    void rejectsFractionalSize() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, \"quotes\": [ { \"symbol\": "
                + "\"AAPL\", \"bid\": \"1\", \"ask\": \"2\", \"size\": 1.5 } ] }"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("quotes[0].size");
    }

    @Test
    void rejectsUnknownField() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1, \"prot\": 2 }, " + QUOTES + " }"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown field \"prot\"")
                .hasMessageContaining("fix");
    }

    @Test
    void rejectsMissingFixSection() {
        assertThatThrownBy(() -> load("{ " + QUOTES + " }"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("fix is missing");
    }

    @Test
    void rejectsDuplicateSymbolAndNonPositivePrices() {
        SimulatorConfig config = SimulatorConfig.onPort(9877, List.of(QuoteConfig.of("AAPL", "0", "1", 1),
                QuoteConfig.of("AAPL", "1", "-1", 1)));

        assertThatThrownBy(config::validate).isInstanceOf(ConfigException.class)
                .hasMessageContaining("quotes[0].bid must be positive, was 0")
                .hasMessageContaining("quotes[1].symbol AAPL is listed twice")
                .hasMessageContaining("quotes[1].ask must be positive, was -1");
    }

    @Test
    void rejectsBlankHostAndEmptyQuotes() {
        SimulatorConfig config = new SimulatorConfig(FixConfig.of(" ", 9877), List.of());

        assertThatThrownBy(config::validate).isInstanceOf(ConfigException.class)
                .hasMessageContaining("fix.host must not be blank, was \" \"")
                .hasMessageContaining("quotes must list at least one symbol");
    }

    @Test
    void retentionDefaultsWhenOmittedAndIsReadWhenGiven() throws IOException {
        SimulatorConfig omitted = load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES + " }");
        SimulatorConfig given = load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES
                + ", \"retention\": { \"messagesPerSession\": 50, \"finishedOrdersPerSession\": 7 } }");

        assertThat(omitted.retention()).isEqualTo(RetentionConfig.DEFAULTS);
        assertThat(given.retention().messages()).isEqualTo(50);
        assertThat(given.retention().finishedOrders()).isEqualTo(7);
    }

    @Test
    void rejectsNonPositiveRetention() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES
                + ", \"retention\": { \"messagesPerSession\": 0, \"finishedOrdersPerSession\": -3 } }"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("retention.messagesPerSession must be positive, was 0")
                .hasMessageContaining("retention.finishedOrdersPerSession must be positive, was -3");
    }

    @Test
    void ledgerExportFileResolvesAgainstTheJsonDirectory() throws IOException {
        SimulatorConfig config = load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES
                + ", \"ledger\": { \"maxEntries\": 5, \"exportFile\": \"out/ledger.csv\" } }");

        assertThat(config.ledger().entries()).isEqualTo(5);
        assertThat(config.ledger().exportFile()).isEqualTo(directory.resolve("out/ledger.csv"));
    }

    @Test
    void rejectsBadLedgerSettings() {
        assertThatThrownBy(() -> load("{ \"fix\": { \"host\": \"h\", \"port\": 1 }, " + QUOTES
                + ", \"ledger\": { \"maxEntries\": 0, \"exportFile\": \"ledger.txt\" } }"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ledger.maxEntries must be positive, was 0")
                .hasMessageContaining("ledger.exportFile must end in .csv or .json, was ");
    }

    @Test
    void rejectsUnreadableFile() {
        assertThatThrownBy(() -> new SimulatorConfigLoader().load(directory.resolve("missing.json")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("missing.json");
    }
}
