package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.AdminConfig;
import fixgw.simulator.config.FixConfig;
import fixgw.simulator.config.SimulatorConfig;
import fixgw.simulator.config.SimulatorConfigLoader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.OrdType;
import quickfix.field.Side;

/** The shipped fix-config/simulator-backtest.json runs: each of its symbols fills a market order over FIX. */
class ShippedBacktestConfigFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void theShippedBacktestConfigTradesEachOfItsSymbols() throws Exception {
        SimulatorConfig shipped = new SimulatorConfigLoader()
                .load(Path.of("..", "fix-config", "simulator-backtest.json"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // the same configuration on free ports
        SimulatorConfig config = new SimulatorConfig(new FixConfig(shipped.fix().settingsFile(), "127.0.0.1", port),
                shipped.quotes(), shipped.retention(), shipped.ledger(), shipped.market(), shipped.commission(),
                shipped.sessions(), new AdminConfig(0));
        OrderMessages orders = new OrderMessages(Clock.systemUTC());
        try (Simulator simulator = Simulator.start(config);
             FixClient client = FixClient.connect(FixClientSettings.of("127.0.0.1", port, "DIRECT", "SIM"), TIMEOUT)) {
            for (String symbol : new String[] {"AAPL", "MSFT", "IBM"}) {
                client.send(orders.newOrderSingle(symbol + "1", symbol, Side.BUY, OrdType.MARKET, 100, null, null));
            }

            Message aapl = client.awaitMessage(FixFields.executionReport("AAPL1", ExecType.TRADE), TIMEOUT);
            Message msft = client.awaitMessage(FixFields.executionReport("MSFT1", ExecType.TRADE), TIMEOUT);
            Message ibm = client.awaitMessage(FixFields.executionReport("IBM1", ExecType.TRADE), TIMEOUT);

            // moving markets charge the minimum commission of 1.00; the static quote charges nothing
            assertThat(aapl.getDecimal(Commission.FIELD)).isEqualByComparingTo("1.00");
            assertThat(msft.getDecimal(Commission.FIELD)).isEqualByComparingTo("1.00");
            assertThat(msft.getChar(CommType.FIELD)).isEqualTo(CommType.ABSOLUTE);
            assertThat(ibm.isSetField(Commission.FIELD)).isFalse();
            assertThat(ibm.getDecimal(LastPx.FIELD)).isEqualByComparingTo("221.50");
        }
    }
}
