package fixgw.simulator.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quickfix.UtcTimestampPrecision;
import quickfix.field.converter.UtcTimestampConverter;

class UtcMillisTimestampsTest {
    private final UtcMillisTimestamps timestamps = new UtcMillisTimestamps();

    @Test
    void writesTheMillisecondTimestampQuickFixWrites() {
        Random random = new Random(42);
        Instant from = Instant.parse("1970-01-01T00:00:00Z");
        Instant to = Instant.parse("2199-12-31T23:59:59.999Z");
        for (int i = 0; i < 20_000; i++) {
            long nanos = Math.floorMod(random.nextLong(), to.toEpochMilli() - from.toEpochMilli()) * 1_000_000L
                    + random.nextInt(1_000_000);
            Instant time = Instant.ofEpochSecond(0, nanos);
            assertEquals(quickFixText(time), timestamps.format(time), time::toString);
        }
    }

    @Test
    void truncatesToTheMillisecondAndPadsEveryField() {
        assertEquals("20260102-03:04:05.006", timestamps.format(Instant.parse("2026-01-02T03:04:05.006999999Z")));
        assertEquals("20260102-03:04:05.060", timestamps.format(Instant.parse("2026-01-02T03:04:05.060Z")));
        assertEquals("20260102-03:04:05.000", timestamps.format(Instant.parse("2026-01-02T03:04:05Z")));
    }

    @Test
    void followsTimeAcrossSecondsBackwardsAndForwards() {
        Instant start = Instant.parse("2026-11-25T23:59:59.998Z");
        for (int step = 0; step < 5; step++) {
            Instant time = start.plusMillis(step);
            assertEquals(quickFixText(time), timestamps.format(time));
        }
        assertEquals(quickFixText(start), timestamps.format(start));
    }

    private static String quickFixText(Instant time) {
        return UtcTimestampConverter.convert(LocalDateTime.ofInstant(time, ZoneOffset.UTC),
                UtcTimestampPrecision.MILLIS);
    }
}
