package fixgw.simulator.client;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A backtest's orders: the orders CSV ({@link OrderCsvParser}) with a first column {@code time}, the market time
 * (ISO-8601 UTC instant) to send the row at, in non-decreasing order; {@code expect} may be left empty. Immutable.
 *
 * @param timeByLine each row's time by its line number
 */
public record BacktestCsv(List<OrderRow> rows, Map<Integer, Instant> timeByLine) {
    public static final String HEADER = "time," + OrderCsvParser.HEADER;

    /** @param source file name for messages */
    public static BacktestCsv parse(List<String> lines, String source) throws CsvFormatException {
        List<String> problems = new ArrayList<>();
        List<String> orderLines = new ArrayList<>(lines.size());
        Map<Integer, Instant> timeByLine = new HashMap<>();
        boolean headerSeen = false;
        Instant previous = Instant.MIN;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                orderLines.add(line);
                continue;
            }
            int comma = line.indexOf(',');
            String first = comma < 0 ? line : line.substring(0, comma);
            orderLines.add(comma < 0 ? "" : line.substring(comma + 1));
            if (!headerSeen) {
                headerSeen = true;
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add("line " + (i + 1) + ": header must be " + HEADER);
                }
                continue;
            }
            try {
                Instant time = Instant.parse(first.strip());
                if (time.isBefore(previous)) {
                    problems.add("line " + (i + 1) + ": time " + time + " is before the previous row's " + previous);
                }
                previous = time;
                timeByLine.put(i + 1, time);
            } catch (DateTimeParseException e) {
                problems.add("line " + (i + 1) + ": time must be an ISO-8601 instant, was '" + first + "'");
            }
        }
        List<OrderRow> rows;
        try {
            rows = OrderCsvParser.withOptionalExpect().parse(orderLines, source);
        } catch (CsvFormatException e) {
            problems.addAll(e.problems());
            rows = List.of();
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add("no orders");
        }
        if (!problems.isEmpty()) {
            throw new CsvFormatException(source, problems);
        }
        return new BacktestCsv(rows, timeByLine);
    }

    /** The first row's time: where the run's market clock starts. */
    public Instant start() {
        return timeByLine.get(rows.get(0).line());
    }
}
