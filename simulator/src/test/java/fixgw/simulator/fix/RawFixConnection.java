package fixgw.simulator.fix;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.InvalidMessage;
import quickfix.Message;
import quickfix.UtcTimestampPrecision;
import quickfix.field.BeginString;
import quickfix.field.EncryptMethod;
import quickfix.field.HeartBtInt;
import quickfix.field.MsgSeqNum;
import quickfix.field.MsgType;
import quickfix.field.ResetSeqNumFlag;
import quickfix.field.SenderCompID;
import quickfix.field.SendingTime;
import quickfix.field.TargetCompID;

/**
 * A FIX 4.4 counterparty without a QuickFIX/J session: writes exactly the header and fields a test gives (stale
 * SendingTimes, unknown tags, bad values a session would never send) and reads back what the simulator answers.
 * Not thread-safe; one per test.
 */
final class RawFixConnection implements AutoCloseable {
    private static final char SOH = '\u0001';
    private static final String CHECKSUM_TAG = SOH + "10=";

    private final Socket socket;
    private final InputStream in;
    private final String senderCompId;
    private final String targetCompId;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int nextSeqNum = 1;

    private RawFixConnection(Socket socket, String senderCompId, String targetCompId) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.senderCompId = senderCompId;
        this.targetCompId = targetCompId;
    }

    /** Connects and logs on with ResetSeqNumFlag=Y; returns once the simulator's Logon is read. */
    static RawFixConnection logOn(int port, String senderCompId, String targetCompId, Duration timeout)
            throws IOException, InvalidMessage {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), (int) timeout.toMillis());
        RawFixConnection connection = new RawFixConnection(socket, senderCompId, targetCompId);
        Message logon = new Message();
        logon.getHeader().setString(MsgType.FIELD, MsgType.LOGON);
        logon.setInt(EncryptMethod.FIELD, EncryptMethod.NONE_OTHER);
        logon.setInt(HeartBtInt.FIELD, 30);
        logon.setBoolean(ResetSeqNumFlag.FIELD, true);
        connection.send(logon);
        connection.readUntil(MsgType.LOGON, timeout);
        return connection;
    }

    /** Sends with the next MsgSeqNum and the current time as SendingTime. */
    void send(Message message) throws IOException {
        send(message, LocalDateTime.now(ZoneOffset.UTC));
    }

    /** Sends with the next MsgSeqNum and the given SendingTime; every other field as the message has it. */
    void send(Message message, LocalDateTime sendingTime) throws IOException {
        Message.Header header = message.getHeader();
        header.setString(BeginString.FIELD, "FIX.4.4");
        header.setString(SenderCompID.FIELD, senderCompId);
        header.setString(TargetCompID.FIELD, targetCompId);
        header.setInt(MsgSeqNum.FIELD, nextSeqNum++);
        header.setUtcTimeStamp(SendingTime.FIELD, sendingTime, UtcTimestampPrecision.MILLIS);
        socket.getOutputStream().write(message.toString().getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** The next message the simulator sends, parsed without a data dictionary. */
    Message read(Duration timeout) throws IOException, InvalidMessage {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buffer = new byte[4096];
        while (true) {
            String text = pending.toString(StandardCharsets.ISO_8859_1);
            int checksum = text.indexOf(CHECKSUM_TAG);
            int end = checksum < 0 ? -1 : text.indexOf(SOH, checksum + CHECKSUM_TAG.length());
            if (end >= 0) {
                pending.reset();
                pending.write(text.substring(end + 1).getBytes(StandardCharsets.ISO_8859_1));
                return new Message(text.substring(0, end + 1), false);
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("no complete message within " + timeout + ", have: " + text);
            }
            socket.setSoTimeout((int) left);
            int read = in.read(buffer);
            if (read < 0) {
                throw new IOException("connection closed by the simulator, have: " + text);
            }
            pending.write(buffer, 0, read);
        }
    }

    /** Reads until a message of this type arrives; the others are skipped. */
    Message readUntil(String msgType, Duration timeout) throws IOException, InvalidMessage {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
            Message message = read(left);
            try {
                if (msgType.equals(message.getHeader().getString(MsgType.FIELD))) {
                    return message;
                }
            } catch (quickfix.FieldNotFound e) {
                throw new IllegalStateException("message without MsgType: " + message, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
