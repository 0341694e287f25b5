package fixgw.gateway.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    private static final Path SHIPPED = Path.of("..", "fix-config", "gateway.json");

    @TempDir
    Path dir;

    @Test
    void loadsTheShippedConfigurationAndResolvesFilesNextToIt() {
        GatewayConfig config = ConfigLoader.load(SHIPPED);

        assertThat(config.clients().port()).isEqualTo(9876);
        assertThat(config.broker().name()).isEqualTo("SIM");
        assertThat(config.clients().settingsFile()).isRegularFile();
        assertThat(config.broker().fix().settingsFile()).isRegularFile();
        assertThat(config.instruments()).contains("AAPL");
        assertThat(config.storage().level()).isEqualTo(StorageConfig.Level.PROCESS);
        assertThat(config.broker().startupLogonWait()).hasMillis(5000);
    }

    @Test
    void refusesANegativeStartupLogonWait() throws IOException {
        Path file = withReplaced("\"startupLogonWaitMillis\": 5000", "\"startupLogonWaitMillis\": -1");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("broker.startupLogonWaitMillis: must be 0 or more (was '-1')");
    }

    @Test
    void canBeToldNotToWaitForTheBrokerAtStart() throws IOException {
        Path none = withReplaced("\"startupLogonWaitMillis\": 5000", "\"startupLogonWaitMillis\": 0");
        assertThat(ConfigLoader.load(none).broker().startupLogonWait()).isZero();
    }

    @Test
    void waitsFiveSecondsForTheBrokerAtStartIfTheConfigurationLeavesItOut() throws IOException {
        Path absent = withReplaced(",\n    \"startupLogonWaitMillis\": 5000", "");

        assertThat(Files.readString(absent)).doesNotContain("startupLogonWaitMillis");
        assertThat(ConfigLoader.load(absent).broker().startupLogonWait()).hasMillis(5000);
    }

    @Test
    void refusesAnUnknownDurabilityLevel() throws IOException {
        Path file = withReplaced("\"durability\": \"process\"", "\"durability\": \"paper\"");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("storage.durability: must be one of memory, process, disk (was 'paper')");
    }

    @Test
    void needsADataDirectoryUnlessStorageIsInMemory() throws IOException {
        Path withoutDirectory = withReplaced("\"directory\": \"data\"", "\"directory\": \"\"");
        assertThatThrownBy(() -> ConfigLoader.load(withoutDirectory))
                .hasMessageContaining("storage.directory: must be a non-empty text");

        Files.writeString(withoutDirectory, Files.readString(withoutDirectory)
                .replace("\"durability\": \"process\"", "\"durability\": \"MEMORY\""));
        assertThat(ConfigLoader.load(withoutDirectory).storage().level()).isEqualTo(StorageConfig.Level.MEMORY);
    }

    @Test
    void refusesAnAdminPortThatIsTheClientPort() throws IOException {
        Path file = withReplaced("\"port\": 9880", "\"port\": 9876");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("admin.port: must differ from clients.port on the same host (was '9876')");
    }

    @Test
    void refusesABrokerEndpointThatIsTheGatewaysOwnClientPort() throws IOException {
        Path file = withReplaced("\"port\": 9877", "\"port\": 9876");

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining(
                "broker.fix.port: must differ from clients.port on the same host: the gateway would log on to itself"
                        + " (was '9876')");
    }

    @Test
    void acceptsTheClientPortNumberForABrokerOnAnotherHost() throws IOException {
        Path file = withReplaced("\"port\": 9877", "\"port\": 9876");
        Files.writeString(file, Files.readString(file).replaceFirst(
                "(\"fix\": \\{\\s*\"settingsFile\": \"[^\"]*\",\\s*\"host\": )\"127.0.0.1\"", "$1\"10.1.2.3\""));

        assertThat(ConfigLoader.load(file).broker().fix().host()).isEqualTo("10.1.2.3");
    }

    @Test
    void refusesANonPositiveCheckpointInterval() throws IOException {
        Path file = withReplaced("\"checkpointIntervalMillis\": 200", "\"checkpointIntervalMillis\": 0");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("storage.checkpointIntervalMillis: must be positive (was '0')");
    }

    @Test
    void namesTheFieldAndValueOfAnOutOfRangePort() throws IOException {
        Path file = withReplaced("\"port\": 9876", "\"port\": 70000");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("clients.port: must be a port from 1 to 65535 (was '70000')");
    }

    @Test
    void namesAWrongTypedField() throws IOException {
        Path file = withReplaced("\"queueCapacity\": 65536", "\"queueCapacity\": \"lots\"");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("engine.queueCapacity");
    }

    @Test
    void namesAnUnknownField() throws IOException {
        Path file = withReplaced("\"maxBatchSize\": 256", "\"maxBatchSize\": 256, \"turbo\": true");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("turbo");
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        Path file = withReplaced("\"maxBatchSize\": 256", "\"maxBatchSize\": 0");
        Files.writeString(file, Files.readString(file).replace("\"name\": \"SIM\"", "\"name\": \"\""));

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("engine.maxBatchSize: must be positive (was '0')")
                .hasMessageContaining("broker.name: must be a non-empty text");
    }

    @Test
    void refusesAMissingSettingsFile() throws IOException {
        Path file = withReplaced("\"settingsFile\": \"gateway-clients.cfg\"", "\"settingsFile\": \"nope.cfg\"");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("clients.settingsFile: must be a readable file");
    }

    @Test
    void refusesANonPositiveRetention() throws IOException {
        Path file = withReplaced("\"terminalOrders\": 100000", "\"terminalOrders\": -1");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("retention.terminalOrders: must be positive (was '-1')");
    }

    @Test
    void refusesToStoreFewerOrdersThanItKeepsInMemory() throws IOException {
        Path file = withReplaced("\"storedOrders\": 1000000", "\"storedOrders\": 99999");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("retention.storedOrders: must be at least terminalOrders (100000)");
    }

    @Test
    void refusesAnEmptyInstrumentList() throws IOException {
        Path file = withReplaced("[\"AAPL\", \"MSFT\", \"IBM\"]", "[]");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageContaining("instruments: must list at least one symbol");
    }

    @Test
    void refusesAMissingSection() throws IOException {
        String json = Files.readString(SHIPPED);
        String withoutAdmin = json.replaceAll("(?s)\"admin\": \\{.*?},", "");
        Path file = dir.resolve("gateway.json");
        Files.writeString(file, withoutAdmin);
        copySettingsFiles();

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessageContaining("admin: is required");
    }

    @Test
    void refusesMalformedJson() throws IOException {
        Path file = dir.resolve("gateway.json");
        Files.writeString(file, "{ \"clients\": ");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("invalid configuration");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("absent.json")))
                .hasMessageContaining("cannot read configuration file");
    }

    private Path withReplaced(String from, String to) throws IOException {
        String json = Files.readString(SHIPPED);
        assertThat(json).contains(from);
        Path file = dir.resolve("gateway.json");
        Files.writeString(file, json.replace(from, to));
        copySettingsFiles();
        return file;
    }

    private void copySettingsFiles() throws IOException {
        for (String name : new String[] {"gateway-clients.cfg", "gateway-brokers.cfg"}) {
            Files.copy(SHIPPED.resolveSibling(name), dir.resolve(name));
        }
    }
}
