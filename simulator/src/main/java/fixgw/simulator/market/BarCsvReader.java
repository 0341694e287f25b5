package fixgw.simulator.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads bars from CSV with the header {@code time,open,high,low,close,volume}: time an ISO-8601 UTC instant
 * ({@code 2026-11-24T14:30:00Z}), prices decimals, volume whole shares. Blank lines and lines starting with
 * {@code #} are skipped. Bars must be in increasing time and consistent (low <= open, close <= high).
 * Stateless and thread-safe.
 */
public final class BarCsvReader {
    private static final String HEADER = "time,open,high,low,close,volume";

    public List<Bar> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new BarFormatException("Cannot read bars " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param source names the input in error messages */
    public List<Bar> read(Reader input, String source) throws IOException {
        BufferedReader lines = new BufferedReader(input);
        List<Bar> bars = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!trimmed.replace(" ", "").equalsIgnoreCase(HEADER)) {
                    throw new BarFormatException(source + ":" + lineNumber + ": header must be " + HEADER
                            + ", was \"" + trimmed + "\"");
                }
                headerSeen = true;
                continue;
            }
            Bar bar = parse(trimmed, source + ":" + lineNumber);
            if (!bars.isEmpty() && !bar.time().isAfter(bars.get(bars.size() - 1).time())) {
                throw new BarFormatException(source + ":" + lineNumber + ": time " + bar.time()
                        + " is not after the previous bar's " + bars.get(bars.size() - 1).time());
            }
            bars.add(bar);
        }
        if (bars.isEmpty()) {
            throw new BarFormatException(source + ": no bars");
        }
        return List.copyOf(bars);
    }

    private static Bar parse(String line, String at) {
        String[] fields = line.split(",", -1);
        if (fields.length != 6) {
            throw new BarFormatException(at + ": expected 6 fields, found " + fields.length + " in \"" + line + "\"");
        }
        Instant time;
        try {
            time = Instant.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw new BarFormatException(at + ": time must be an ISO-8601 instant, was \"" + fields[0] + "\"", e);
        }
        BigDecimal open = price(fields[1], "open", at);
        BigDecimal high = price(fields[2], "high", at);
        BigDecimal low = price(fields[3], "low", at);
        BigDecimal close = price(fields[4], "close", at);
        long volume;
        try {
            volume = Long.parseLong(fields[5].strip());
        } catch (NumberFormatException e) {
            throw new BarFormatException(at + ": volume must be whole shares, was \"" + fields[5] + "\"", e);
        }
        if (volume < 0) {
            throw new BarFormatException(at + ": volume must not be negative, was " + volume);
        }
        if (low.compareTo(open.min(close)) > 0 || high.compareTo(open.max(close)) < 0) {
            throw new BarFormatException(at + ": low " + low.toPlainString() + " and high " + high.toPlainString()
                    + " must enclose open " + open.toPlainString() + " and close " + close.toPlainString());
        }
        return new Bar(time, open, high, low, close, volume);
    }

    private static BigDecimal price(String text, String field, String at) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BarFormatException(at + ": " + field + " must be a decimal, was \"" + text + "\"", e);
        }
        if (value.signum() <= 0) {
            throw new BarFormatException(at + ": " + field + " must be positive, was " + value.toPlainString());
        }
        return value;
    }
}
