package fixgw.gateway.store;

import fixgw.gateway.order.ChildOrderState;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.order.PendingChange;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import fixgw.gateway.position.Position;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an order's state (and a position) as compact bytes and reads it back: explicit fields with a format version, no Java
 * serialization, so stored orders survive refactoring of the classes. Decimals are stored exactly (unscaled
 * value and scale). Stateless and thread-safe.
 */
public final class OrderStateCodec {

    /** Bump when the layout changes, and keep reading the older versions. */
    static final int VERSION = 1;
    /** A decimal's unscaled value is written with a 16-bit length. */
    private static final int MAX_UNSCALED_BYTES = 0xFFFF;

    public byte[] encode(ParentOrderState state) {
        return UnsyncedBytes.encode(out -> {
            out.writeByte(VERSION);
            out.writeUTF(state.orderId());
            out.writeUTF(state.session());
            out.writeUTF(state.clOrdId());
            writeStrings(out, state.clientClOrdIds());
            out.writeUTF(state.symbol());
            out.writeByte(state.side().ordinal());
            out.writeByte(state.type().ordinal());
            out.writeByte(state.timeInForce().ordinal());
            writeNullable(out, state.account());
            out.writeLong(state.quantity());
            writeDecimal(out, state.price());
            out.writeByte(state.status().ordinal());
            writePending(out, state.pendingChange());
            out.writeLong(state.cumulativeQuantity());
            writeDecimal(out, state.filledNotional());
            out.writeInt(state.brokerRequests());
            out.writeInt(state.children().size());
            for (ChildOrderState child : state.children()) {
                writeChild(out, child);
            }
        });
    }

    /** A position, in the same style (version byte first, exact decimals). */
    public byte[] encode(Position position) {
        return UnsyncedBytes.encode(out -> {
            out.writeByte(VERSION);
            out.writeUTF(position.session());
            out.writeUTF(position.symbol());
            out.writeLong(position.boughtQuantity());
            writeDecimal(out, position.boughtNotional());
            out.writeLong(position.soldQuantity());
            writeDecimal(out, position.soldNotional());
        });
    }

    public Position decodePosition(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown position format version " + version);
            }
            return new Position(in.readUTF(), in.readUTF(), in.readLong(), readDecimal(in), in.readLong(),
                    readDecimal(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ParentOrderState decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown order state format version " + version);
            }
            String orderId = in.readUTF();
            String session = in.readUTF();
            String clOrdId = in.readUTF();
            List<String> clientClOrdIds = readStrings(in);
            String symbol = in.readUTF();
            Side side = Side.values()[in.readUnsignedByte()];
            OrderType type = OrderType.values()[in.readUnsignedByte()];
            TimeInForce timeInForce = TimeInForce.values()[in.readUnsignedByte()];
            String account = readNullable(in);
            long quantity = in.readLong();
            BigDecimal price = readDecimal(in);
            OrderStatus status = OrderStatus.values()[in.readUnsignedByte()];
            PendingChange pending = readPending(in);
            long cumulativeQuantity = in.readLong();
            BigDecimal filledNotional = readDecimal(in);
            int brokerRequests = in.readInt();
            int childCount = in.readInt();
            List<ChildOrderState> children = new ArrayList<>(childCount);
            for (int i = 0; i < childCount; i++) {
                children.add(readChild(in));
            }
            return new ParentOrderState(orderId, session, clOrdId, clientClOrdIds, symbol, side, type, timeInForce,
                    account, quantity, price, status, pending, cumulativeQuantity, filledNotional, brokerRequests,
                    children);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt order state", e);
        }
    }

    private static void writeChild(DataOutputStream out, ChildOrderState child) throws IOException {
        out.writeUTF(child.broker());
        out.writeUTF(child.clOrdId());
        writeStrings(out, child.clOrdIds());
        out.writeLong(child.quantity());
        writeDecimal(out, child.price());
        writeNullable(out, child.brokerOrderId());
        out.writeByte(child.status().ordinal());
        out.writeLong(child.cumulativeQuantity());
        writeStrings(out, List.copyOf(child.appliedExecIds()));
    }

    private static ChildOrderState readChild(DataInputStream in) throws IOException {
        String broker = in.readUTF();
        String clOrdId = in.readUTF();
        List<String> clOrdIds = readStrings(in);
        long quantity = in.readLong();
        BigDecimal price = readDecimal(in);
        String brokerOrderId = readNullable(in);
        OrderStatus status = OrderStatus.values()[in.readUnsignedByte()];
        long cumulativeQuantity = in.readLong();
        Set<String> applied = new HashSet<>(readStrings(in));
        return new ChildOrderState(broker, clOrdId, clOrdIds, quantity, price, brokerOrderId, status,
                cumulativeQuantity, applied);
    }

    private static void writePending(DataOutputStream out, PendingChange pending) throws IOException {
        out.writeBoolean(pending != null);
        if (pending != null) {
            out.writeByte(pending.kind().ordinal());
            out.writeUTF(pending.clOrdId());
            out.writeLong(pending.quantity());
            writeDecimal(out, pending.price());
        }
    }

    private static PendingChange readPending(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        PendingChange.Kind kind = PendingChange.Kind.values()[in.readUnsignedByte()];
        return new PendingChange(kind, in.readUTF(), in.readLong(), readDecimal(in));
    }

    static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void writeDecimal(DataOutputStream out, BigDecimal value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            byte[] unscaled = value.unscaledValue().toByteArray();
            if (unscaled.length > MAX_UNSCALED_BYTES) { // refused loudly: its 16-bit length would wrap, unreadable
                throw new IOException("a decimal of " + unscaled.length + " bytes is too long to store");
            }
            out.writeInt(value.scale());
            out.writeShort(unscaled.length);
            out.write(unscaled);
        }
    }

    static BigDecimal readDecimal(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int scale = in.readInt();
        byte[] unscaled = new byte[in.readUnsignedShort()];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }
}
