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
