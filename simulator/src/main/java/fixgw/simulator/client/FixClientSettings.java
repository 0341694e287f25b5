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
 */
public record FixClientSettings(String host, int port, String senderCompId, String targetCompId,
                                Path settingsTemplate, boolean recordReceived) {
    public FixClientSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(senderCompId, "senderCompId");
        Objects.requireNonNull(targetCompId, "targetCompId");
    }

    /** Bundled settings template, recording every received message. */
    public static FixClientSettings of(String host, int port, String senderCompId, String targetCompId) {
        return new FixClientSettings(host, port, senderCompId, targetCompId, null, true);
    }

    public FixClientSettings withSettingsTemplate(Path template) {
        return new FixClientSettings(host, port, senderCompId, targetCompId, template, recordReceived);
    }

    public FixClientSettings withRecordReceived(boolean record) {
        return new FixClientSettings(host, port, senderCompId, targetCompId, settingsTemplate, record);
    }
}
