package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.UtcTimestampPrecision;
import quickfix.field.ExecID;
import quickfix.field.SendingTime;
import quickfix.fix44.ExecutionReport;

class MillisStampedExecutionReportTest {

    @Test
    void writesTheSendingTimeQuickFixWritesAtEveryPrecision() {
        Random random = new Random(11);
        long to = Instant.parse("2199-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = LocalDateTime.ofEpochSecond(Math.floorMod(random.nextLong(), to),
                    random.nextInt(1_000_000_000), ZoneOffset.UTC);
            for (UtcTimestampPrecision precision : UtcTimestampPrecision.values()) {
                Message quickFix = new ExecutionReport();
                Message stamped = new MillisStampedExecutionReport();
                quickFix.getHeader().setUtcTimeStamp(SendingTime.FIELD, time, precision);
                stamped.getHeader().setUtcTimeStamp(SendingTime.FIELD, time, precision);
                quickFix.setString(ExecID.FIELD, "EX-" + i);
                stamped.setString(ExecID.FIELD, "EX-" + i);
                assertThat(stamped.toString()).as(time + " " + precision).isEqualTo(quickFix.toString());
            }
        }
    }

    @Test
    void writesTheSendingTimeToTheMillisecond() throws Exception {
        Message stamped = new MillisStampedExecutionReport();

        stamped.getHeader().setUtcTimeStamp(SendingTime.FIELD, LocalDateTime.parse("2026-11-25T18:05:09.007999"),
                UtcTimestampPrecision.MILLIS);

        assertThat(stamped.getHeader().getString(SendingTime.FIELD)).isEqualTo("20261125-18:05:09.007");
    }
}
