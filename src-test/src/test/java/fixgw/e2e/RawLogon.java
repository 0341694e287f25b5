package fixgw.e2e;

import quickfix.field.EncryptMethod;
import quickfix.field.HeartBtInt;
import quickfix.field.MsgSeqNum;
import quickfix.field.ResetSeqNumFlag;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.TargetCompID;
import quickfix.fix44.Logon;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One FIX Logon over a plain socket, to time when an acceptor answers it: a QuickFIX/J initiator sends its Logon only
 * on its session timer's next tick after connecting (about a second later), which is the client's delay, not the
 * acceptor's. Asks for a reset (141=Y), so any session of the acceptor's will take it.
 */
final class RawLogon {

    private static final int SOCKET_TIMEOUT_MILLIS = 60_000;

    private RawLogon() {
    }

    /** Connects, logs on as {@code sender} to {@code target}, and returns once the Logon is answered by a Logon. */
    static void logOn(String host, int port, String sender, String target) throws IOException {
        Logon logon = new Logon(new EncryptMethod(EncryptMethod.NONE_OTHER), new HeartBtInt(30));
        logon.set(new ResetSeqNumFlag(true));
        logon.getHeader().setString(SenderCompID.FIELD, sender);
        logon.getHeader().setString(TargetCompID.FIELD, target);
        logon.getHeader().setInt(MsgSeqNum.FIELD, 1);
        logon.getHeader().setUtcTimeStamp(SendingTime.FIELD, LocalDateTime.now(ZoneOffset.UTC), true);
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
            socket.getOutputStream().write(logon.toString().getBytes(StandardCharsets.US_ASCII));
            String answer = readUntilMessageType(socket.getInputStream());
            if (!answer.equals("A")) {
                throw new IOException("logon answered with MsgType " + answer + ", not a Logon");
            }
        }
    }

    /** Reads until a whole MsgType field has arrived and returns its value. */
    private static String readUntilMessageType(InputStream in) throws IOException {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (true) {
            int start = received.indexOf("\u000135=");
            if (start >= 0) {
                int end = received.indexOf("\u0001", start + 4);
                if (end > 0) {
                    return received.substring(start + 4, end);
                }
            }
            int read = in.read(buffer);
            if (read < 0) {
                throw new IOException("connection closed before an answer: " + received);
            }
            received.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
        }
    }
}
