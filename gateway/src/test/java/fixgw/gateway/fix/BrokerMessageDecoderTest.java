package fixgw.gateway.fix;

import fixgw.gateway.order.BrokerCancelReject;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerOrderStatus;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.RejectReason;
import org.junit.jupiter.api.Test;
import quickfix.Message;
import quickfix.field.PossDupFlag;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerMessageDecoderTest {

    private final BrokerMessageDecoder decoder = new BrokerMessageDecoder();

    private static Message report(char execType, char ordStatus) {
        Message message = new quickfix.fix44.ExecutionReport();
        message.setString(11, "G1.1");
        message.setString(37, "SIM-1");
        message.setString(17, "X1");
        message.setChar(150, execType);
        message.setChar(39, ordStatus);
        return message;
    }

    @Test
    void readsAFill() throws Exception {
        Message message = report('F', '1');
        message.setString(32, "100");
        message.setString(31, "190.02");
        message.setString(14, "300");
        message.getHeader().setBoolean(PossDupFlag.FIELD, true);

        Optional<BrokerExecution> execution = decoder.execution(message, "SIM", 7);

        assertThat(execution).contains(new BrokerExecution("SIM", "G1.1", null, "SIM-1", "X1", ExecType.TRADE,
                OrderStatus.PARTIALLY_FILLED, 100, new BigDecimal("190.02"), 300, null, null, true, 7));
    }

    @Test
    void readsAFillWithoutCumQtyAsNotReportingIt() throws Exception {
        Message message = report('F', '1');
        message.setString(32, "100");
        message.setString(31, "190.02");

        BrokerExecution execution = decoder.execution(message, "SIM", 0).orElseThrow();

        assertThat(execution.reportsCumulativeQuantity()).isFalse();
        assertThat(execution.lastQuantity()).isEqualTo(100);
    }

    @Test
    void ignoresAFillWithAFractionalCumQty() throws Exception {
        Message message = report('F', '1');
        message.setString(32, "100");
        message.setString(31, "190.02");
        message.setString(14, "100.5");

        assertThat(decoder.execution(message, "SIM", 0)).isEmpty();
    }

    @Test
    void readsAnOrderStatusAnswerAsTheBrokersTruth() throws Exception {
        Message message = report('I', '1');
        message.setString(14, "300");
        message.setString(6, "10.10");

        assertThat(decoder.report(message, "SIM", 7)).contains(new BrokerOrderStatus("SIM", "G1.1", "SIM-1", true,
                OrderStatus.PARTIALLY_FILLED, 300, new BigDecimal("10.10"), null, 7));
    }

    @Test
    void readsAnOrderStatusRejectedWithoutOrderIdAsAnOrderTheBrokerDoesNotKnow() throws Exception {
        Message message = report('I', '8');
        message.setString(37, "NONE");
        message.setString(14, "0");
        message.setString(6, "0");
        message.setString(58, "unknown order");

        BrokerOrderStatus status = decoder.orderStatus(message, "SIM", 0).orElseThrow();

        assertThat(status.orderKnown()).isFalse();
        assertThat(status.brokerOrderId()).isNull();
    }

    @Test
    void readsAnOrderStatusRejectedWithAnOrderIdAsAKnownRejectedOrder() throws Exception {
        Message message = report('I', '8');
        message.setString(14, "0");

        BrokerOrderStatus status = decoder.orderStatus(message, "SIM", 0).orElseThrow();

        assertThat(status.orderKnown()).isTrue();
        assertThat(status.status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void readsARejectWithItsReason() throws Exception {
        Message message = report('8', '8');
        message.setInt(103, 1);
        message.setString(58, "unknown symbol");

        BrokerExecution execution = decoder.execution(message, "SIM", 0).orElseThrow();

        assertThat(execution.execType()).isEqualTo(ExecType.REJECTED);
        assertThat(execution.rejectReason()).isEqualTo(RejectReason.UNKNOWN_SYMBOL);
        assertThat(execution.text()).isEqualTo("unknown symbol");
    }

    @Test
    void cutsABrokersTextTooLongToKeep() throws Exception {
        Message message = report('8', '8');
        message.setString(58, "x".repeat(70_000));

        String text = decoder.execution(message, "SIM", 0).orElseThrow().text();

        assertThat(text).hasSize(FixValues.MAX_TEXT_LENGTH).startsWith("xxx").endsWith("x...");
    }

    @Test
    void ignoresAFillAtAPriceNoOneMeans() throws Exception {
        Message message = report('F', '1');
        message.setString(32, "100");
        message.setString(31, "1" + "0".repeat(20));

        assertThat(decoder.execution(message, "SIM", 0)).isEmpty();
    }

    @Test
    void ignoresAFillOfAFractionalQuantity() throws Exception {
        Message message = report('F', '1');
        message.setString(32, "0.5");
        message.setString(31, "190");

        assertThat(decoder.execution(message, "SIM", 0)).isEmpty();
    }

    @Test
    void ignoresAnExecTypeItDoesNotKnow() throws Exception {
        assertThat(decoder.execution(report('D', '0'), "SIM", 0)).isEmpty();
    }

    @Test
    void readsACancelReject() throws Exception {
        Message message = new quickfix.fix44.OrderCancelReject();
        message.setString(11, "G1.2");
        message.setString(41, "G1.1");
        message.setInt(102, 0);
        message.setString(58, "too late");

        assertThat(decoder.cancelReject(message, "SIM")).isEqualTo(new BrokerCancelReject("SIM", "G1.2", "G1.1",
                CancelRejectReason.TOO_LATE_TO_CANCEL, "too late"));
    }
}
