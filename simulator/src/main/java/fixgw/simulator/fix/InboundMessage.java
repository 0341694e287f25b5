package fixgw.simulator.fix;

import java.time.LocalDateTime;
import quickfix.FieldNotFound;
import quickfix.Message;

/**
 * An inbound application message whose header reads millisecond UTCTimestamps (SendingTime, OrigSendingTime) with
 * {@link UtcMillisTimestamps#parse}; any other text goes to QuickFIX/J's parser, which reads or refuses it as it
 * always has. Created by {@link InboundMessageFactory}; as thread-safe as any QuickFIX/J message (not at all).
 */
final class InboundMessage extends Message {

    @Override
    protected Header newHeader() {
        return new FastTimestampHeader();
    }

    private static final class FastTimestampHeader extends Header {
        @Override
        public LocalDateTime getUtcTimeStamp(int field) throws FieldNotFound {
            LocalDateTime time = UtcMillisTimestamps.parse(getString(field));
            return time != null ? time : super.getUtcTimeStamp(field);
        }
    }
}
