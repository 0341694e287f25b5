package fixgw.simulator.config;

import java.util.List;

/**
 * How much each broker session remembers, so memory stays bounded however long the simulator runs.
 * Immutable; {@code null} fields take the defaults of {@link #DEFAULTS}.
 *
 * @param messagesPerSession     sent FIX messages kept per session for resend requests (older ones are
 *                               gap-filled)
 * @param finishedOrdersPerSession filled, canceled or rejected orders kept per session for status requests and
 *                               late cancels; beyond that the oldest finished order is forgotten
 */
public record RetentionConfig(Integer messagesPerSession, Integer finishedOrdersPerSession) {

    /** 10,000 messages and 10,000 finished orders per session. */
    public static final RetentionConfig DEFAULTS = new RetentionConfig(10_000, 10_000);

    /** {@link #messagesPerSession()} or its default. */
    public int messages() {
        return messagesPerSession == null ? DEFAULTS.messagesPerSession : messagesPerSession;
    }

    /** {@link #finishedOrdersPerSession()} or its default. */
    public int finishedOrders() {
        return finishedOrdersPerSession == null ? DEFAULTS.finishedOrdersPerSession : finishedOrdersPerSession;
    }

    void validate(List<String> problems) {
        if (messagesPerSession != null && messagesPerSession <= 0) {
            problems.add("retention.messagesPerSession must be positive, was " + messagesPerSession);
        }
        if (finishedOrdersPerSession != null && finishedOrdersPerSession <= 0) {
            problems.add("retention.finishedOrdersPerSession must be positive, was " + finishedOrdersPerSession);
        }
    }
}
