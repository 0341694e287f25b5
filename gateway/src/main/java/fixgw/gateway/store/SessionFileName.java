package fixgw.gateway.store;

import quickfix.SessionID;

import java.nio.charset.StandardCharsets;

/**
 * The file name stem of a session's store, derived from its SessionID so that every session gets its own name and
 * the name is safe on any file system: letters, digits and dots are kept, every other byte is written as
 * {@code %XX}, and the parts are joined with {@code _} (itself escaped inside a part). So
 * {@code FIX.4.4:GATEWAY->CLIENT1} becomes {@code FIX.4.4_GATEWAY_CLIENT1}; sub and location ids and a session
 * qualifier, when set, follow as five more parts. Names never contain {@code -}, which journal segment names use.
 *
 * <p>Stateless and thread-safe.
 */
final class SessionFileName {

    private SessionFileName() {
    }

    static String of(SessionID id) {
        StringBuilder name = new StringBuilder();
        append(name, id.getBeginString());
        append(name.append('_'), id.getSenderCompID());
        append(name.append('_'), id.getTargetCompID());
        String[] optional = {id.getSenderSubID(), id.getSenderLocationID(), id.getTargetSubID(),
                id.getTargetLocationID(), id.getSessionQualifier()};
        boolean anySet = false;
        for (String part : optional) {
            anySet |= !part.isEmpty();
        }
        if (anySet) {
            for (String part : optional) {
                append(name.append('_'), part);
            }
        }
        return name.toString();
    }

    private static void append(StringBuilder name, String part) {
        for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                name.append(c);
            } else {
                name.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
    }
}
