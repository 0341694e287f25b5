package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import quickfix.FieldException;
import quickfix.Message;
import quickfix.UtcTimestampPrecision;
import quickfix.field.SendingTime;
import quickfix.field.converter.UtcTimestampConverter;

class InboundMessageTest {

    @Test
    void readsEveryMillisecondTimestampAsQuickFixDoes() throws Exception {
        Random random = new Random(7);
        long from = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime time = LocalDateTime.ofInstant(
                    Instant.ofEpochMilli(from + Math.floorMod(random.nextLong(), to - from)), ZoneOffset.UTC);
            String text = UtcTimestampConverter.convert(time, UtcTimestampPrecision.MILLIS);
            assertThat(UtcMillisTimestamps.parse(text)).as(text).isEqualTo(time);
            assertThat(sendingTimeOf(new InboundMessage(), text)).as(text).isEqualTo(time);
        }
    }

    @Test
    void anyOtherTextIsReadOrRefusedByQuickFixItself() throws Exception {
        List<String> texts = List.of("20261125-18:01:02", "20261125-18:01:02.123456", "20261125-18:01:02.123456789",
                "20261125-24:00:00.000", "20260231-10:00:00.000", "20240229-10:00:00.000", "20230229-10:00:00.000",
                "00000101-00:00:00.000", "20261125-18:60:00.000", "20261125-18:01:60.000", "20261325-18:01:02.123",
                "20261125T18:01:02.123", "20261125-18:01:02,123", "2026112-518:01:02.123", "20261125-18:01:0x.123",
                "20261125-18:01:02.12", "20261125-18:01:02.1234", "", "now");
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            Object quickFix = outcome(new Message(), text);
            Object inbound = outcome(new InboundMessage(), text);
            if (!quickFix.equals(inbound)) {
                differences.add(text + ": QuickFIX/J " + quickFix + ", inbound " + inbound);
            }
        }
        assertThat(differences).isEmpty();
        assertThat(UtcMillisTimestamps.parse("20261125-24:00:00.000")).isNull();
        assertThat(UtcMillisTimestamps.parse("20260231-10:00:00.000")).isNull();
        assertThat(UtcMillisTimestamps.parse("00000101-00:00:00.000")).isNull();
    }

    /** The time read, or the kind of refusal with its session reject reason and tag. */
    private static Object outcome(Message message, String text) {
        Throwable refused = catchThrowable(() -> sendingTimeOf(message, text));
        if (refused == null) {
            try {
                return sendingTimeOf(message, text);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        if (refused instanceof FieldException field) {
            return "FieldException reason " + field.getSessionRejectReason() + " tag " + field.getField();
        }
        return refused.getClass().getName();
    }

    private static LocalDateTime sendingTimeOf(Message message, String text) throws Exception {
        message.getHeader().setString(SendingTime.FIELD, text);
        return message.getHeader().getUtcTimeStamp(SendingTime.FIELD);
    }
}
