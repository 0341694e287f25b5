package fixgw.gateway.fix;

import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import org.junit.jupiter.api.Test;
import quickfix.DataDictionary;
import quickfix.Message;
import quickfix.field.OrderQty;
import quickfix.field.Symbol;
import quickfix.fix44.NewOrderSingle;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClientMessageEncoderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:30:00.123Z");
    private final ClientMessageEncoder encoder = new ClientMessageEncoder();

    @Test
    void encodesAFillWithEveryRequiredField() throws Exception {
        ExecutionReport report = new ExecutionReport("CLIENT1", "G1", "C2", "C1", "E7", ExecType.TRADE,
                OrderStatus.PARTIALLY_FILLED, "AAPL", Side.SELL_SHORT, OrderType.LIMIT, TimeInForce.GOOD_TILL_CANCEL,
                300, new BigDecimal("190.5"), 100, new BigDecimal("190.50"), 100, 200, new BigDecimal("190.5"), null,
                null, "ACC1", NOW);

        Message message = encoder.executionReport(report);

        assertThat(fields(message)).contains("35=8", "37=G1", "17=E7", "150=F", "39=1", "11=C2", "41=C1",
                "55=AAPL", "54=5", "40=2", "59=1", "38=300", "44=190.5", "32=100", "31=190.50", "14=100", "151=200",
                "6=190.5", "1=ACC1", "60=20261125-14:30:00.123");
        assertThat(message.isSetField(103)).isFalse();
        new DataDictionary("FIX44.xml").validate(withHeader(message), true);
    }

    @Test
    void encodesARejectWithReasonCodeAndText() {
        ExecutionReport report = new ExecutionReport("CLIENT1", "NONE", "C1", null, "E1", ExecType.REJECTED,
                OrderStatus.REJECTED, "XYZ", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 10, null, 0, null, 0, 0,
                BigDecimal.ZERO, RejectReason.UNKNOWN_SYMBOL, "unknown symbol 'XYZ'", null, NOW);

        assertThat(fields(encoder.executionReport(report))).contains("150=8", "39=8", "103=1",
                "58=unknown symbol 'XYZ'", "14=0", "151=0", "6=0");
    }

    @Test
    void encodesACancelRejectForAReplace() {
        CancelReject reject = new CancelReject("CLIENT1", "G1", "C2", "C1", OrderStatus.FILLED, true,
                CancelRejectReason.TOO_LATE_TO_CANCEL, "too late", NOW);

        assertThat(fields(encoder.cancelReject(reject))).contains("35=9", "37=G1", "11=C2", "41=C1", "39=2",
                "434=2", "102=0", "58=too late");
    }

    @Test
    void echoesTheClientsFieldsOnAnEdgeReject() {
        Message order = new NewOrderSingle();
        order.setString(11, "C1");
        order.setString(Symbol.FIELD, "AAPL");
        order.setChar(54, '3');
        order.setChar(40, '1');
        order.setString(OrderQty.FIELD, "10");

        Message reject = encoder.newOrderRejected(order, "E9", 11, "Side (54) '3' is not supported", NOW);

        assertThat(fields(reject)).contains("35=8", "37=NONE", "17=E9", "150=8", "39=8", "11=C1", "55=AAPL",
                "54=3", "38=10", "103=11", "58=Side (54) '3' is not supported", "14=0", "151=0");
    }

    private static java.util.List<String> fields(Message message) {
        return java.util.List.of(message.toString().split("\u0001"));
    }

    private static Message withHeader(Message message) {
        message.getHeader().setString(49, "GATEWAY");
        message.getHeader().setString(56, "CLIENT1");
        message.getHeader().setInt(34, 1);
        message.getHeader().setUtcTimeStamp(52, java.time.LocalDateTime.of(2026, 11, 25, 14, 30));
        return message;
    }
}
