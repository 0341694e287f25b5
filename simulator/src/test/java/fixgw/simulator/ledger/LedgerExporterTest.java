package fixgw.simulator.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fixgw.simulator.venue.Side;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerExporterTest {
    private static final LedgerEntry FILL = new LedgerEntry(Instant.parse("2026-11-24T14:30:00.125Z"), "GATEWAY",
            "SIM-1", "C1", "E-1", "AAPL", Side.BUY, 500, new BigDecimal("190.02"), new BigDecimal("2.50"));
    private static final LedgerEntry ODD_ID = new LedgerEntry(Instant.parse("2026-11-24T14:30:01Z"), "DIRECT",
            "SIM-2", "a,\"b\"", "E-2", "MSFT", Side.SELL_SHORT, 1, new BigDecimal("419.95"), new BigDecimal("0.00"));

    private final LedgerExporter exporter = new LedgerExporter();

    @TempDir
    Path directory;

    @Test
    void writesCsvWithExactPricesAndQuotesClientText() throws IOException {
        StringWriter out = new StringWriter();

        exporter.writeCsv(List.of(FILL, ODD_ID), out);

        assertThat(out.toString()).isEqualTo(LedgerExporter.CSV_HEADER + "\n"
                + "2026-11-24T14:30:00.125Z,GATEWAY,SIM-1,C1,E-1,AAPL,BUY,500,190.02,2.50\n"
                + "2026-11-24T14:30:01Z,DIRECT,SIM-2,\"a,\"\"b\"\"\",E-2,MSFT,SELL_SHORT,1,419.95,0.00\n");
    }

    @Test
    void writesJsonWithDecimalsAsStrings() throws IOException {
        StringWriter out = new StringWriter();

        exporter.writeJson(List.of(FILL), out);

        JsonNode row = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(row.get("time").asText()).isEqualTo("2026-11-24T14:30:00.125Z");
        assertThat(row.get("execId").asText()).isEqualTo("E-1");
        assertThat(row.get("quantity").asLong()).isEqualTo(500);
        assertThat(row.get("price").isTextual()).isTrue();
        assertThat(row.get("price").asText()).isEqualTo("190.02");
        assertThat(row.get("commission").asText()).isEqualTo("2.50");
    }

    @Test
    void exportChoosesTheFormatByTheFileExtension() throws IOException {
        exporter.export(List.of(FILL), directory.resolve("ledger.csv"));
        exporter.export(List.of(FILL), directory.resolve("ledger.json"));

        assertThat(Files.readAllLines(directory.resolve("ledger.csv"))).first().isEqualTo(LedgerExporter.CSV_HEADER);
        assertThat(Files.readString(directory.resolve("ledger.json")).strip()).startsWith("[");
        assertThatThrownBy(() -> exporter.export(List.of(FILL), directory.resolve("ledger.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must end in .csv or .json");
    }

    @Test
    void theLedgerKeepsItsCapacityAndCountsWhatItDropped() {
        ExecutionLedger ledger = new ExecutionLedger(1);

        ledger.record(FILL);
        ledger.record(ODD_ID);

        assertThat(ledger.entries()).containsExactly(ODD_ID);
        assertThat(ledger.dropped()).isEqualTo(1);
    }
}
