package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import fixgw.simulator.config.FixConfig;
import fixgw.simulator.config.LedgerConfig;
import fixgw.simulator.config.RetentionConfig;
import fixgw.simulator.config.SimulatorConfig;
import fixgw.simulator.ledger.LedgerEntry;
import fixgw.simulator.ledger.LedgerExporter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.Commission;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.Side;
import quickfix.field.TransactTime;

/** The simulator's ledger over real FIX sessions: it matches, execution by execution, what the client saw. */
class LedgerFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T14:30:00Z"), ZoneOffset.UTC);

    private final OrderMessages orders = new OrderMessages(CLOCK);
    private Simulator simulator;
    private FixClient client;

    @TempDir
    Path directory;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void ledgerMatchesTheExecutionReportsAndIsExportedAtClose() throws Exception {
        Path export = directory.resolve("ledger.csv");
        SimulatorConfig config = new SimulatorConfig(FixConfig.of("127.0.0.1", freePort()),
                SimulatorConfig.defaultQuotes(), RetentionConfig.DEFAULTS, new LedgerConfig(null, export));
        simulator = Simulator.start(config, CLOCK);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM"), TIMEOUT);

        client.send(orders.newOrderSingle("B1", "AAPL", Side.BUY, OrdType.MARKET, 700, null, null));
        client.send(orders.newOrderSingle("S1", "MSFT", Side.SELL, OrdType.MARKET, 100, null, null));
        client.awaitMessage(FixFields.executionReport("B1", ExecType.TRADE)
                .and(report -> FixFields.code(report, OrdStatus.FIELD) == OrdStatus.FILLED), TIMEOUT);
        client.awaitMessage(FixFields.executionReport("S1", ExecType.TRADE)
                .and(report -> FixFields.code(report, OrdStatus.FIELD) == OrdStatus.FILLED), TIMEOUT);

        List<Message> fills = client.received().stream()
                .filter(FixFields.executionReport("B1", ExecType.TRADE).or(FixFields.executionReport("S1",
                        ExecType.TRADE)))
                .toList();
        assertThat(fills).hasSize(3).noneMatch(report -> report.isSetField(Commission.FIELD));
        List<LedgerEntry> expected = fills.stream().map(LedgerFixTest::asEntry).toList();
        assertThat(simulator.ledger().entries()).containsExactlyInAnyOrderElementsOf(expected);

        simulator.close();

        List<String> exported = Files.readAllLines(export);
        assertThat(exported).hasSize(4).first().isEqualTo(LedgerExporter.CSV_HEADER);
        assertThat(exported.subList(1, 4)).anySatisfy(line -> assertThat(line)
                .isEqualTo("2026-11-02T14:30:00Z,DIRECT," + expected.get(expected.size() - 1).orderId() + ",S1,"
                        + expected.get(expected.size() - 1).execId() + ",MSFT,SELL,100,419.95,0"));
    }

    @Test
    void everyExecutionIsAppendedToTheLedgerFileAsItHappensAndARestartContinuesTheFile() throws Exception {
        Path appended = directory.resolve("executions.csv");
        SimulatorConfig config = new SimulatorConfig(FixConfig.of("127.0.0.1", freePort()),
                SimulatorConfig.defaultQuotes(), RetentionConfig.DEFAULTS, new LedgerConfig(1, null, appended));
        simulator = Simulator.start(config, CLOCK);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM"), TIMEOUT);

        client.send(orders.newOrderSingle("B1", "AAPL", Side.BUY, OrdType.MARKET, 700, null, null));
        client.awaitMessage(FixFields.executionReport("B1", ExecType.TRADE)
                .and(report -> FixFields.code(report, OrdStatus.FIELD) == OrdStatus.FILLED), TIMEOUT);

        // on disk while the simulator runs, all of it although memory keeps only the last entry
        List<String> lines = Files.readAllLines(appended);
        assertThat(lines).hasSize(3).first().isEqualTo(LedgerExporter.CSV_HEADER);
        assertThat(lines.get(1)).startsWith("2026-11-02T14:30:00Z,DIRECT,").contains(",B1,")
                .endsWith(",AAPL,BUY,500,190.02,0");
        assertThat(simulator.ledger().entries()).hasSize(1);

        client.close();
        simulator.close();
        simulator = Simulator.start(config, CLOCK);
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM"), TIMEOUT);
        client.send(orders.newOrderSingle("S1", "MSFT", Side.SELL, OrdType.MARKET, 100, null, null));
        client.awaitMessage(FixFields.executionReport("S1", ExecType.TRADE), TIMEOUT);

        List<String> continued = Files.readAllLines(appended);
        assertThat(continued).hasSize(4).startsWith(lines.toArray(String[]::new));
        assertThat(continued.get(3)).contains(",S1,").endsWith(",MSFT,SELL,100,419.95,0");
    }

    private static LedgerEntry asEntry(Message report) {
        try {
            return new LedgerEntry(report.getUtcTimeStamp(TransactTime.FIELD).toInstant(ZoneOffset.UTC), "DIRECT",
                    report.getString(OrderID.FIELD), report.getString(ClOrdID.FIELD), report.getString(ExecID.FIELD),
                    report.getString(quickfix.field.Symbol.FIELD),
                    report.getChar(Side.FIELD) == Side.BUY ? fixgw.simulator.venue.Side.BUY
                            : fixgw.simulator.venue.Side.SELL,
                    Long.parseLong(report.getString(LastQty.FIELD)), new BigDecimal(report.getString(LastPx.FIELD)),
                    BigDecimal.ZERO);
        } catch (FieldNotFound e) {
            throw new AssertionError("report lacks field " + e.field + ": " + report, e);
        }
    }
}
