package fixgw.gateway.store;

import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.ClientMessage;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static fixgw.gateway.store.OrderStateCodec.readDecimal;
import static fixgw.gateway.store.OrderStateCodec.readNullable;
import static fixgw.gateway.store.OrderStateCodec.writeDecimal;
import static fixgw.gateway.store.OrderStateCodec.writeNullable;

/**
 * Writes a list of client messages (execution reports and cancel rejects) as compact bytes and reads it back, in
 * the style of {@link OrderStateCodec}: a format version, explicit fields, exact decimals. Stateless and
 * thread-safe.
 */
final class ClientMessageCodec {

    private static final int VERSION = 1;
    private static final int EXECUTION_REPORT = 1;
    private static final int CANCEL_REJECT = 2;

    byte[] encode(List<ClientMessage> messages) {
        return UnsyncedBytes.encode(out -> {
            out.writeByte(VERSION);
            out.writeInt(messages.size());
            for (ClientMessage message : messages) {
                if (message instanceof ExecutionReport report) {
                    out.writeByte(EXECUTION_REPORT);
                    write(out, report);
                } else if (message instanceof CancelReject reject) {
                    out.writeByte(CANCEL_REJECT);
                    write(out, reject);
                }
            }
        });
    }

    List<ClientMessage> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown client message format version " + version);
            }
            int count = in.readInt();
            List<ClientMessage> messages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int kind = in.readUnsignedByte();
                messages.add(switch (kind) {
                    case EXECUTION_REPORT -> readReport(in);
                    case CANCEL_REJECT -> readReject(in);
                    default -> throw new IllegalArgumentException("unknown client message kind " + kind);
                });
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, ExecutionReport report) throws IOException {
        out.writeUTF(report.session());
        out.writeUTF(report.orderId());
        out.writeUTF(report.clOrdId());
        writeNullable(out, report.origClOrdId());
        out.writeUTF(report.execId());
        out.writeByte(report.execType().ordinal());
        out.writeByte(report.status().ordinal());
        out.writeUTF(report.symbol());
        out.writeByte(report.side().ordinal());
        writeOrdinal(out, report.type());
        writeOrdinal(out, report.timeInForce());
        out.writeLong(report.orderQuantity());
        writeDecimal(out, report.price());
        out.writeLong(report.lastQuantity());
        writeDecimal(out, report.lastPrice());
        out.writeLong(report.cumulativeQuantity());
        out.writeLong(report.leavesQuantity());
        writeDecimal(out, report.averagePrice());
        writeOrdinal(out, report.rejectReason());
        writeNullable(out, report.text());
        writeNullable(out, report.account());
        writeInstant(out, report.transactTime());
    }

    private static ExecutionReport readReport(DataInputStream in) throws IOException {
        return new ExecutionReport(in.readUTF(), in.readUTF(), in.readUTF(), readNullable(in), in.readUTF(),
                ExecType.values()[in.readUnsignedByte()], OrderStatus.values()[in.readUnsignedByte()], in.readUTF(),
                Side.values()[in.readUnsignedByte()], readOrdinal(in, OrderType.values()),
                readOrdinal(in, TimeInForce.values()), in.readLong(), readDecimal(in), in.readLong(),
                readDecimal(in), in.readLong(), in.readLong(), readDecimal(in),
                readOrdinal(in, RejectReason.values()), readNullable(in), readNullable(in), readInstant(in));
    }

    private static void write(DataOutputStream out, CancelReject reject) throws IOException {
        out.writeUTF(reject.session());
        out.writeUTF(reject.orderId());
        out.writeUTF(reject.clOrdId());
        writeNullable(out, reject.origClOrdId());
        out.writeByte(reject.status().ordinal());
        out.writeBoolean(reject.toReplace());
        writeOrdinal(out, reject.reason());
        writeNullable(out, reject.text());
        writeInstant(out, reject.transactTime());
    }

    private static CancelReject readReject(DataInputStream in) throws IOException {
        return new CancelReject(in.readUTF(), in.readUTF(), in.readUTF(), readNullable(in),
                OrderStatus.values()[in.readUnsignedByte()], in.readBoolean(),
                readOrdinal(in, CancelRejectReason.values()), readNullable(in), readInstant(in));
    }

    /** An optional enum constant: its ordinal plus one, 0 for none. */
    private static void writeOrdinal(DataOutputStream out, Enum<?> value) throws IOException {
        out.writeByte(value == null ? 0 : value.ordinal() + 1);
    }

    private static <E extends Enum<E>> E readOrdinal(DataInputStream in, E[] values) throws IOException {
        int stored = in.readUnsignedByte();
        return stored == 0 ? null : values[stored - 1];
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
