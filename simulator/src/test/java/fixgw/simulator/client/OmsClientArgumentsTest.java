package fixgw.simulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OmsClientArgumentsTest {

    @Test
    void defaultsTargetTheGateway() throws UsageException {
        OmsClientArguments arguments = OmsClientArguments.parse(new String[] {"--orders", "o.csv"});

        assertThat(arguments.host()).isEqualTo("127.0.0.1");
        assertThat(arguments.port()).isEqualTo(9876);
        assertThat(arguments.sender()).isEqualTo("CLIENT1");
        assertThat(arguments.target()).isEqualTo("GATEWAY");
        assertThat(arguments.config()).isEqualTo(Path.of("fix-config", "client.cfg"));
        assertThat(arguments.orders()).contains(Path.of("o.csv"));
        assertThat(arguments.resetOnLogon()).isTrue();
    }

    @Test
    void noResetLogsOnWithoutAskingForAFreshSession() throws UsageException {
        OmsClientArguments arguments = OmsClientArguments.parse(new String[] {"--no-reset", "--orders", "o.csv"});

        assertThat(arguments.resetOnLogon()).isFalse();
        assertThat(arguments.orders()).contains(Path.of("o.csv"));
    }

    @Test
    void parsesLoadOptions() throws UsageException {
        OmsClientArguments arguments = OmsClientArguments.parse(new String[] {"--load", "--count", "500",
                "--rate", "0", "--window", "50", "--warmup", "10", "--symbol", "IBM", "--qty", "7"});

        assertThat(arguments.load()).isTrue();
        assertThat(arguments.count()).isEqualTo(500);
        assertThat(arguments.rate()).isZero();
        assertThat(arguments.window()).isEqualTo(50);
        assertThat(arguments.symbol()).isEqualTo("IBM");
        assertThat(arguments.quantity()).isEqualTo(7);
    }

    @Test
    void parsesSymbolListSizeRangeAndSeed() throws UsageException {
        OmsClientArguments arguments = OmsClientArguments.parse(new String[] {"--load", "--symbols", "AAPL, MSFT,IBM",
                "--qty", "10", "--qty-max", "500", "--seed", "42"});

        assertThat(arguments.symbols()).containsExactly("AAPL", "MSFT", "IBM");
        assertThat(arguments.quantity()).isEqualTo(10);
        assertThat(arguments.maxQuantity()).isEqualTo(500);
        assertThat(arguments.seed()).isEqualTo(42);
    }

    @Test
    void sizeRangeDefaultsToTheSingleQuantity() throws UsageException {
        OmsClientArguments arguments = OmsClientArguments.parse(new String[] {"--load", "--qty", "7"});

        assertThat(arguments.maxQuantity()).isEqualTo(7);
        assertThat(arguments.symbols()).containsExactly("AAPL");
    }

    @Test
    void rejectsAnInvertedSizeRangeAndEmptySymbols() {
        assertThatThrownBy(() -> OmsClientArguments.parse(new String[] {"--load", "--qty", "10", "--qty-max", "5"}))
                .hasMessage("--qty-max 5 must not be below --qty 10");
        assertThatThrownBy(() -> OmsClientArguments.parse(new String[] {"--load", "--symbols", "AAPL,,IBM"}))
                .hasMessage("--symbols must be a comma-separated list of symbols, was 'AAPL,,IBM'");
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> OmsClientArguments.parse(new String[] {})).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> OmsClientArguments.parse(new String[] {"--load", "--port", "-3"}))
                .hasMessageContaining("--port must be 1..65535, was -3");
        assertThatThrownBy(() -> OmsClientArguments.parse(new String[] {"--load", "--bogus", "1"}))
                .hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> OmsClientArguments.parse(new String[] {"--load", "--count"}))
                .hasMessageContaining("missing value after --count");
    }

    @Test
    void badArgumentsExitWithTwo() throws InterruptedException {
        assertThat(OmsClient.run(new String[] {"--nonsense"})).isEqualTo(2);
    }
}
