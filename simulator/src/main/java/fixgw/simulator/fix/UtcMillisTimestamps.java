package fixgw.simulator.fix;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes FIX UTCTimestamps to the millisecond ({@code yyyyMMdd-HH:mm:ss.SSS}), the text QuickFIX/J's
 * {@code setUtcTimeStamp(..., MILLIS)} writes, without its {@code DateTimeFormatter}: that formatter allocated
 * a fifth of the simulator's garbage per order under load. The date and time up to the second are built once
 * per second and reused.
 *
 * <p>Thread-safe: the cached second is an immutable object behind a volatile reference.
 */
final class UtcMillisTimestamps {
    private record Second(long epochSecond, String text) {
    }

    private volatile Second second = new Second(Long.MIN_VALUE, "");

    /** The timestamp text of {@code time}, truncated to the millisecond. */
    String format(Instant time) {
        long epochMilli = time.toEpochMilli();
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
}
