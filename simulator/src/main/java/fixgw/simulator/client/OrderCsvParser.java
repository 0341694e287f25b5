package fixgw.simulator.client;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses an orders CSV:
 * {@code action,clOrdId,origClOrdId,symbol,side,ordType,qty,price,tif,expect}. The header line is required;
 * blank lines and lines starting with {@code #} are skipped. Every bad line is reported with its number.
 *
 * <p>Rules: NEW needs clOrdId, symbol, side, ordType, qty and expect. CANCEL and REPLACE need clOrdId and
 * origClOrdId (symbol and side come from the earlier row that introduced origClOrdId, or must be given);
 * REPLACE also needs qty or price. STATUS needs origClOrdId. Only NEW rows may have expect. A clOrdId may be
 * used once in a file so each answer belongs to exactly one row. Quantity and price are passed through
 * as written (zero, negative or fractional ones included) so rejects can be exercised. A parser made by
 * {@link #withOptionalExpect()} (backtests) lets NEW rows leave expect empty: any final answer will do.
 */
public final class OrderCsvParser {
    public static final String HEADER = "action,clOrdId,origClOrdId,symbol,side,ordType,qty,price,tif,expect";
    private static final int COLUMNS = 10;

    private final boolean expectRequired;

    /** NEW rows must say the state their order ends in. */
    public OrderCsvParser() {
        this(true);
    }

    private OrderCsvParser(boolean expectRequired) {
        this.expectRequired = expectRequired;
    }

    /** NEW rows may leave expect empty. */
    public static OrderCsvParser withOptionalExpect() {
        return new OrderCsvParser(false);
    }

    /** @param source file name for messages */
    public List<OrderRow> parse(List<String> lines, String source) throws CsvFormatException {
        List<String> problems = new ArrayList<>();
        List<OrderRow> rows = new ArrayList<>();
        Map<String, OrderRow> rowByClOrdId = new HashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                headerSeen = true;
                if (!line.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    problems.add("line " + lineNumber + ": header must be " + HEADER);
                }
                continue;
            }
            LineParser parser = new LineParser(lineNumber, line, problems, expectRequired);
            parser.row(rowByClOrdId).ifPresent(row -> {
                rows.add(row);
                if (row.clOrdId() != null && row.action() != OrderAction.STATUS) {
                    rowByClOrdId.put(row.clOrdId(), row);
                }
            });
        }
        if (!headerSeen) {
            problems.add("line 1: missing header " + HEADER);
        }
        if (!problems.isEmpty()) {
            throw new CsvFormatException(source, problems);
        }
        return rows;
    }

    /** Parses one data line, adding to {@code problems} instead of stopping at the first. */
    private static final class LineParser {
        private final int lineNumber;
        private final String[] cells;
        private final List<String> problems;
        private final int problemsBefore;
        private final boolean expectRequired;

        LineParser(int lineNumber, String line, List<String> problems, boolean expectRequired) {
            this.expectRequired = expectRequired;
            this.lineNumber = lineNumber;
            this.cells = line.split(",", -1);
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        Optional<OrderRow> row(Map<String, OrderRow> rowByClOrdId) {
            if (cells.length != COLUMNS) {
                problem("expected " + COLUMNS + " columns, found " + cells.length);
                return Optional.empty();
            }
            Optional<OrderAction> action = parse(0, "action", word -> {
                try {
                    return Optional.of(OrderAction.valueOf(word));
                } catch (IllegalArgumentException unknown) {
                    return Optional.empty();
                }
            });
            if (action.isEmpty()) {
                requireCell(0, "action");
                return Optional.empty();
            }
            String clOrdId = cell(1);
            String origClOrdId = cell(2);
            String symbol = cell(3);
            Character side = parse(4, "side", CsvCodes::side).orElse(null);
            Character ordType = parse(5, "ordType", CsvCodes::orderType).orElse(null);
            BigDecimal quantity = decimal(6, "qty");
            BigDecimal price = decimal(7, "price");
            Character timeInForce = parse(8, "tif", CsvCodes::timeInForce).orElse(null);
            OrderState expect = parse(9, "expect", OrderCsvParser::expectedState).orElse(null);

            if (action.get() == OrderAction.STATUS) {
                requireCell(2, "origClOrdId");
            } else {
                requireCell(1, "clOrdId");
                if (clOrdId != null && rowByClOrdId.containsKey(clOrdId)) {
                    problem("clOrdId " + clOrdId + " already used on line " + rowByClOrdId.get(clOrdId).line());
                }
            }
            if (action.get() == OrderAction.NEW) {
                requireCell(3, "symbol");
                requireCell(4, "side");
                requireCell(5, "ordType");
                requireCell(6, "qty");
                if (expectRequired) {
                    requireCell(9, "expect");
                }
                if (origClOrdId != null) {
                    problem("origClOrdId must be empty on NEW rows");
                }
            } else {
                if (cell(9) != null) {
                    problem("expect is only allowed on NEW rows");
                }
                requireCell(2, "origClOrdId");
                OrderRow original = origClOrdId == null ? null : rowByClOrdId.get(origClOrdId);
                if (original == null && origClOrdId != null && (symbol == null || side == null)) {
                    problem("origClOrdId " + origClOrdId + " is not an earlier clOrdId, so symbol and side are required");
                }
                if (action.get() == OrderAction.REPLACE && quantity == null && price == null) {
                    problem("REPLACE needs a new qty or price");
                }
            }
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
            return Optional.of(new OrderRow(lineNumber, action.get(), clOrdId, origClOrdId, symbol, side,
                    ordType, quantity, price, timeInForce, expect));
        }

        private String cell(int index) {
            String value = cells[index].strip();
            return value.isEmpty() ? null : value;
        }

        private void requireCell(int index, String name) {
            if (cell(index) == null) {
                problem(name + " is required");
            }
        }

        private <T> Optional<T> parse(int index, String name, Function<String, Optional<T>> parser) {
            String value = cell(index);
            if (value == null) {
                return Optional.empty();
            }
            Optional<T> parsed = parser.apply(value.toUpperCase(Locale.ROOT));
            if (parsed.isEmpty()) {
                problem("unknown " + name + " '" + value + "'");
            }
            return parsed;
        }

        private BigDecimal decimal(int index, String name) {
            String value = cell(index);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                problem(name + " '" + value + "' is not a number");
                return null;
            }
        }

        private void problem(String text) {
            problems.add("line " + lineNumber + ": " + text);
        }
    }

    private static Optional<OrderState> expectedState(String word) {
        if (word.equals(OrderState.PENDING.name())) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrderState.valueOf(word));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
