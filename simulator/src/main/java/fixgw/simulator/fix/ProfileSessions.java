package fixgw.simulator.fix;

import fixgw.simulator.config.SessionProfileConfig;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import quickfix.ConfigError;
import quickfix.SessionID;
import quickfix.SessionSettings;

/** Adds an acceptor session for every profiled CompID the FIX settings file does not list. */
public final class ProfileSessions {
    private ProfileSessions() {
    }

    /** New sessions take every setting from the file's [DEFAULT] section. */
    public static void addMissing(SessionSettings settings, List<SessionProfileConfig> profiles) throws ConfigError {
        Set<String> listed = new HashSet<>();
        for (Iterator<SessionID> sessions = settings.sectionIterator(); sessions.hasNext(); ) {
            listed.add(sessions.next().getTargetCompID());
        }
        for (SessionProfileConfig profile : profiles) {
            if (listed.add(profile.compId())) {
                SessionID id = new SessionID(settings.getString("BeginString"), settings.getString("SenderCompID"),
                        profile.compId());
                settings.setString(id, "TargetCompID", profile.compId());
            }
        }
    }
}
