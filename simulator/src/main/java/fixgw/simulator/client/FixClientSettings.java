package fixgw.simulator.client;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and as whom a {@link FixClient} connects.
 *
 * @param settingsTemplate QuickFIX/J initiator settings with {@code ${host} ${port} ${sender} ${target}}
 *                         placeholders; {@code null} uses the template bundled in the jar (same content as
 *                         {@code fix-config/client.cfg})
 * @param recordReceived   whether every received message is kept for {@link FixClient#received()} and the
 *                         await helpers; load runs switch it off to keep memory flat
 * @param resetOnLogon     whether each logon asks for a fresh session with ResetSeqNumFlag(141)=Y, both sides
 *                         starting over at sequence number 1 (the default: the gateway and the simulator keep their
 *                         sequence numbers, and a client starting afresh must say so); overrides the template's
 *                         {@code ResetOnLogon}. Off, the client resumes at the numbers its session holds, which it
 *                         keeps in memory while it runs (across reconnects, not across restarts)
 */
public record FixClientSettings(String host, int port, String senderCompId, String targetCompId,
                                Path settingsTemplate, boolean recordReceived, boolean resetOnLogon) {
    public FixClientSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(senderCompId, "senderCompId");
        Objects.requireNonNull(targetCompId, "targetCompId");
    }

    /** Resetting sequence numbers at logon. */
    public FixClientSettings(String host, int port, String senderCompId, String targetCompId, Path settingsTemplate,
                             boolean recordReceived) {
        this(host, port, senderCompId, targetCompId, settingsTemplate, recordReceived, true);
    }

    /** Bundled settings template, recording every received message, resetting sequence numbers at logon. */
    public static FixClientSettings of(String host, int port, String senderCompId, String targetCompId) {
        return new FixClientSettings(host, port, senderCompId, targetCompId, null, true, true);
    }

    public FixClientSettings withSettingsTemplate(Path template) {
        return new FixClientSettings(host, port, senderCompId, targetCompId, template, recordReceived, resetOnLogon);
    }

    public FixClientSettings withRecordReceived(boolean record) {
        return new FixClientSettings(host, port, senderCompId, targetCompId, settingsTemplate, record, resetOnLogon);
    }

    public FixClientSettings withResetOnLogon(boolean reset) {
        return new FixClientSettings(host, port, senderCompId, targetCompId, settingsTemplate, recordReceived, reset);
    }
}
