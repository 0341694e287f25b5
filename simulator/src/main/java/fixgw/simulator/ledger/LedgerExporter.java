package fixgw.simulator.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes ledger entries as CSV (header {@value #CSV_HEADER}) or as a JSON array of objects with the same
 * names. Prices and commissions are written as exact decimal strings, times as ISO-8601 UTC instants. Stateless
 * and thread-safe.
 */
public final class LedgerExporter {
    public static final String CSV_HEADER =
            "time,session,orderId,clOrdId,execId,symbol,side,quantity,price,commission";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes CSV if {@code file} ends in {@code .csv}, JSON if it ends in {@code .json}. */
    public void export(List<LedgerEntry> entries, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".json")) {
            throw new IllegalArgumentException("ledger export file must end in .csv or .json, was " + file);
        }
        try (Writer writer = Files.newBufferedWriter(file)) {
            if (name.endsWith(".csv")) {
                writeCsv(entries, writer);
            } else {
                writeJson(entries, writer);
            }
        }
    }

    public void writeCsv(List<LedgerEntry> entries, Writer out) throws IOException {
        out.write(CSV_HEADER);
        out.write('\n');
        for (LedgerEntry entry : entries) {
            out.write(csvLine(entry));
            out.write('\n');
        }
    }

    /** One entry as a CSV line under {@link #CSV_HEADER}, without the line break. */
    static String csvLine(LedgerEntry entry) {
        return String.join(",", entry.time().toString(), csv(entry.session()), csv(entry.orderId()),
                csv(entry.clOrdId()), csv(entry.execId()), csv(entry.symbol()), entry.side().name(),
                Long.toString(entry.quantity()), entry.price().toPlainString(), entry.commission().toPlainString());
    }

    public void writeJson(List<LedgerEntry> entries, Writer out) throws IOException {
        List<Map<String, Object>> rows = entries.stream().map(LedgerExporter::row).toList();
        mapper.writeValue(out, rows);
    }

    private static Map<String, Object> row(LedgerEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("time", entry.time().toString());
        row.put("session", entry.session());
        row.put("orderId", entry.orderId());
        row.put("clOrdId", entry.clOrdId());
        row.put("execId", entry.execId());
        row.put("symbol", entry.symbol());
        row.put("side", entry.side().name());
        row.put("quantity", entry.quantity());
        row.put("price", entry.price().toPlainString());
        row.put("commission", entry.commission().toPlainString());
        return row;
    }

    /** ClOrdIDs are the client's free text: quote a value containing a comma, quote or line break. */
    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
