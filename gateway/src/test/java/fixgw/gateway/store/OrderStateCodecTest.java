package fixgw.gateway.store;

import fixgw.gateway.order.ChildOrderState;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.order.PendingChange;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderStateCodecTest {

    private final OrderStateCodec codec = new OrderStateCodec();

    private static ParentOrderState working() {
        ChildOrderState child = new ChildOrderState("SIM", "G1-1.1", List.of("G1-1.1", "G1-1.2"), 300,
                new BigDecimal("190.10"), "SIM-7", OrderStatus.PARTIALLY_FILLED, 100, Set.of("X1", "X2"));
        return new ParentOrderState("G1-1", "CLIENT1", "C1", List.of("C1", "C2"), "AAPL", Side.SELL_SHORT,
                OrderType.LIMIT, TimeInForce.GOOD_TILL_CANCEL, "ACC1", 300, new BigDecimal("190.10"),
                OrderStatus.PARTIALLY_FILLED, PendingChange.replace("C2", 400, new BigDecimal("190.125")), 100,
                new BigDecimal("19000.000"), 2, List.of(child));
    }

    @Test
    void roundTripsEveryFieldExactly() {
        ParentOrderState state = working();

        ParentOrderState decoded = codec.decode(codec.encode(state));

        assertThat(decoded).isEqualTo(state);
        // exact decimals keep their scale too
        assertThat(decoded.filledNotional().scale()).isEqualTo(3);
    }

    @Test
    void roundTripsAbsentValues() {
        ParentOrderState state = new ParentOrderState("G1-2", "CLIENT2", "M1", List.of("M1"), "IBM", Side.BUY,
                OrderType.MARKET, TimeInForce.DAY, null, 10, null, OrderStatus.PENDING_NEW, null, 0, BigDecimal.ZERO,
                1, List.of(new ChildOrderState("SIM", "G1-2.1", List.of("G1-2.1"), 10, null, null,
                        OrderStatus.PENDING_NEW, 0, Set.of())));

        assertThat(codec.decode(codec.encode(state))).isEqualTo(state);
    }

    @Test
    void refusesToWriteADecimalItCouldNotReadBack() {
        BigDecimal huge = new BigDecimal("1" + "0".repeat(200_000)); // 83,000 bytes: its 16-bit length would wrap
        ParentOrderState state = new ParentOrderState("G1-3", "CLIENT1", "H1", List.of("H1"), "AAPL", Side.BUY,
                OrderType.LIMIT, TimeInForce.DAY, null, 10, huge, OrderStatus.PENDING_NEW, null, 0, BigDecimal.ZERO,
                0, List.of());

        assertThatThrownBy(() -> codec.encode(state)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("too long to store");
    }

    @Test
    void refusesTruncatedOrForeignBytes() {
        byte[] bytes = codec.encode(working());

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("corrupt order state");
        bytes[0] = 99;
        assertThatThrownBy(() -> codec.decode(bytes)).hasMessageContaining("format version 99");
    }
}
