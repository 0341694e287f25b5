package fixgw.simulator.fix;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes FIX UTCTimestamps to the millisecond ({@code yyyyMMdd-HH:mm:ss.SSS}), the text QuickFIX/J's
 * {@code setUtcTimeStamp(..., MILLIS)} writes, without its {@code DateTimeFormatter}: that formatter allocated
 * a fifth of the simulator's garbage per order under load. The date and time up to the second are built once
 * per second and reused. {@link #parse} reads that text back, also without a {@code DateTimeFormatter}.
 *
 * <p>Thread-safe: the cached second is an immutable object behind a volatile reference.
 */
final class UtcMillisTimestamps {
    private static final int MILLIS_TEXT_LENGTH = "yyyyMMdd-HH:mm:ss.SSS".length();

    private record Second(long epochSecond, String text) {
    }

    private volatile Second second = new Second(Long.MIN_VALUE, "");

    /** The timestamp text of {@code time}, truncated to the millisecond. */
    String format(Instant time) {
        return format(time.toEpochMilli());
    }

    /** The timestamp text of a UTC date and time, truncated to the millisecond. */
    String format(LocalDateTime utc) {
        return format(Math.addExact(Math.multiplyExact(utc.toEpochSecond(ZoneOffset.UTC), 1000L),
                utc.getNano() / 1_000_000));
    }

    private String format(long epochMilli) {
        long epochSecond = Math.floorDiv(epochMilli, 1000L);
        int millis = (int) Math.floorMod(epochMilli, 1000L);
        Second cached = second;
        if (cached.epochSecond() != epochSecond) {
            cached = new Second(epochSecond, secondText(epochSecond));
            second = cached;
        }
        StringBuilder text = new StringBuilder(cached.text().length() + 4).append(cached.text()).append('.');
        if (millis < 100) {
            text.append('0');
        }
        if (millis < 10) {
            text.append('0');
        }
        return text.append(millis).toString();
    }

    private static String secondText(long epochSecond) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(17);
        padded(text, time.getYear(), 4);
        padded(text, time.getMonthValue(), 2);
        padded(text, time.getDayOfMonth(), 2);
        text.append('-');
        padded(text, time.getHour(), 2);
        text.append(':');
        padded(text, time.getMinute(), 2);
        text.append(':');
        padded(text, time.getSecond(), 2);
        return text.toString();
    }

    private static void padded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        text.append(digits);
    }

    /**
     * The time of a well-formed timestamp to the millisecond ({@code yyyyMMdd-HH:mm:ss.SSS}, a real date and
     * time, year 1 or later), the value QuickFIX/J's {@code UtcTimestampConverter.convertToLocalDateTime} gives
     * it; {@code null} for any other text (other precisions, out-of-range values such as 24:00:00 or 31 February,
     * malformed text), which QuickFIX/J's own parser should then read or refuse as it always has.
     */
    static LocalDateTime parse(String text) {
        if (text.length() != MILLIS_TEXT_LENGTH || text.charAt(8) != '-' || text.charAt(11) != ':'
                || text.charAt(14) != ':' || text.charAt(17) != '.') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 4, 6);
        int day = digits(text, 6, 8);
        int hour = digits(text, 9, 11);
        int minute = digits(text, 12, 14);
        int second = digits(text, 15, 17);
        int millis = digits(text, 18, 21);
        if ((year | month | day | hour | minute | second | millis) < 0 || year == 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the ASCII digits in [from, to), or -1 if any other character is there. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
