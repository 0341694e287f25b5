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
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientMessageCodecTest {

    private final ClientMessageCodec codec = new ClientMessageCodec();

    @Test
    void readsBackEveryFieldOfReportsAndRejectsInOrder() {
        ExecutionReport fill = new ExecutionReport("CLIENT1", "G-1", "C1", null, "E-7", ExecType.TRADE,
                OrderStatus.PARTIALLY_FILLED, "AAPL", Side.BUY, OrderType.LIMIT, TimeInForce.GOOD_TILL_CANCEL, 300,
                new BigDecimal("190.010"), 100, new BigDecimal("190.005"), 100, 200, new BigDecimal("190.005"),
                null, null, "ACC-1", Instant.parse("2026-11-25T14:30:00.123456789Z"));
        ExecutionReport rejected = new ExecutionReport("CLIENT2", "G-2", "C2", "C1", "E-8", ExecType.REJECTED,
                OrderStatus.REJECTED, "MSFT", Side.SELL_SHORT, null, null, 5, null, 0, null, 0, 0, BigDecimal.ZERO,
                RejectReason.UNKNOWN_SYMBOL, "unknown symbol MSFT", null, null);
        CancelReject refused = new CancelReject("CLIENT1", "NONE", "C9", "C8", OrderStatus.REJECTED, true,
                CancelRejectReason.UNKNOWN_ORDER, "unknown order", Instant.EPOCH);
        List<ClientMessage> messages = List.of(fill, rejected, refused);

        assertThat(codec.decode(codec.encode(messages))).containsExactlyElementsOf(messages);
    }

    @Test
    void refusesAFormatItDoesNotKnow() {
        byte[] bytes = codec.encode(List.of());
        bytes[0] = 99;

        assertThatThrownBy(() -> codec.decode(bytes)).hasMessageContaining("version 99");
    }
}
