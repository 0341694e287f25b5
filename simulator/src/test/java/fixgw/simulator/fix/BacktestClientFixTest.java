package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.BacktestCsv;
import fixgw.simulator.client.OmsClient;
import fixgw.simulator.config.SimulatorConfig;
import fixgw.simulator.ledger.LedgerEntry;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OMS client's backtest mode against a real simulator: rows go out as the simulated clock reaches them. */
class BacktestClientFixTest {
    @TempDir
    Path directory;

    @Test
    void rowsAreSentInOrderSpacedByTheirMarketTimeOverTheSpeed() throws Exception {
        Path orders = directory.resolve("backtest.csv");
        Files.write(orders, List.of(BacktestCsv.HEADER,
                "2026-11-24T14:30:00Z,NEW,B1,,AAPL,BUY,MARKET,100,,DAY,",
                "2026-11-24T14:31:00Z,NEW,B2,,MSFT,SELL,LIMIT,100,419.95,DAY,FILLED",
                "2026-11-24T14:32:00Z,NEW,B3,,IBM,BUY,MARKET,100,,DAY,FILLED"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (Simulator simulator = Simulator.start(SimulatorConfig.onPort(port))) {
            Instant started = Instant.now();
            int exitCode = OmsClient.run(new String[] {"--backtest", orders.toString(), "--speed", "60",
                    "--port", Integer.toString(port), "--sender", "DIRECT", "--target", "SIM",
                    "--config", Path.of("..", "fix-config", "client.cfg").toString()});

            assertThat(exitCode).isZero();
            List<LedgerEntry> executions = simulator.ledger().entries();
            assertThat(executions).extracting(LedgerEntry::clOrdId).containsExactly("B1", "B2", "B3");
            // market time starts when B1 is sent, and B3 is due two market minutes later: 2 s at 60 times real
            // time (BacktestPacerTest checks the pacing itself against a clock the test moves)
            assertThat(Duration.between(started, executions.get(2).time())).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }
}
