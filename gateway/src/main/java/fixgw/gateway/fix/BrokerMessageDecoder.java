package fixgw.gateway.fix;

import fixgw.gateway.order.BrokerCancelReject;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerOrderStatus;
import fixgw.gateway.order.Command;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.RejectReason;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.ExecID;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrigClOrdID;
import quickfix.field.PossDupFlag;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads a broker's ExecutionReport (8) and OrderCancelReject (9) into domain events. */
final class BrokerMessageDecoder {

    /** The OrderID a broker puts on an answer about an order it does not know (FIX convention). */
    private static final String NO_ORDER_ID = "NONE";

    /**
     * An ExecutionReport as the command it is: an order status answer (ExecType=I) or an execution; empty when
     * it says nothing the gateway can apply.
     */
    Optional<Command> report(Message message, String broker, long receivedNanos) throws FieldNotFound {
        if (message.getChar(quickfix.field.ExecType.FIELD) == quickfix.field.ExecType.ORDER_STATUS) {
            return orderStatus(message, broker, receivedNanos).map(Command.class::cast);
        }
        return execution(message, broker, receivedNanos).map(Command.class::cast);
    }

    /**
     * An answer to our OrderStatusRequest. The broker does not know the order when it answers OrdStatus=Rejected
     * without an OrderID of its own.
     */
    Optional<BrokerOrderStatus> orderStatus(Message message, String broker, long receivedNanos)
            throws FieldNotFound {
        Optional<OrderStatus> status = FixCodes.orderStatus(message.getChar(OrdStatus.FIELD));
        Optional<Long> cumulative = FixValues.wholeQuantity(message.getDecimal(CumQty.FIELD));
        if (status.isEmpty() || cumulative.isEmpty()) {
            return Optional.empty();
        }
        String brokerOrderId = FixValues.optionalString(message, OrderID.FIELD);
        if (NO_ORDER_ID.equals(brokerOrderId)) {
            brokerOrderId = null;
        }
        boolean known = status.get() != OrderStatus.REJECTED || brokerOrderId != null;
        return Optional.of(new BrokerOrderStatus(broker, message.getString(ClOrdID.FIELD), brokerOrderId, known,
                status.get(), cumulative.get(), FixValues.optionalDecimal(message, AvgPx.FIELD),
                FixValues.text(message), receivedNanos));
    }

    /** The execution, or empty when the report says nothing the gateway can apply (the reason is logged). */
    Optional<BrokerExecution> execution(Message message, String broker, long receivedNanos) throws FieldNotFound {
        Optional<ExecType> execType = FixCodes.execType(message.getChar(quickfix.field.ExecType.FIELD));
        if (execType.isEmpty()) {
            return Optional.empty();
        }
        Optional<OrderStatus> status = FixCodes.orderStatus(message.getChar(OrdStatus.FIELD));
        long lastQuantity = 0;
        BigDecimal lastPrice = null;
        long cumulativeQuantity = BrokerExecution.CUMULATIVE_NOT_REPORTED;
        if (execType.get() == ExecType.TRADE) {
            Optional<Long> whole = FixValues.wholeQuantity(message.getDecimal(LastQty.FIELD));
            if (whole.isEmpty()) {
                return Optional.empty();
            }
            lastQuantity = whole.get();
            lastPrice = message.getDecimal(LastPx.FIELD);
            if (Prices.problem(lastPrice, "LastPx (31)").isPresent()) {
                return Optional.empty(); // no price anyone means: it would go into the stored notionals
            }
            if (message.isSetField(CumQty.FIELD)) {
                Optional<Long> cumulative = FixValues.wholeQuantity(message.getDecimal(CumQty.FIELD));
                if (cumulative.isEmpty()) {
                    return Optional.empty();
                }
                cumulativeQuantity = cumulative.get();
            }
        }
        RejectReason rejectReason = message.isSetField(OrdRejReason.FIELD)
                ? FixCodes.rejectReason(message.getInt(OrdRejReason.FIELD)) : null;
        boolean possibleDuplicate = message.getHeader().isSetField(PossDupFlag.FIELD)
                && message.getHeader().getBoolean(PossDupFlag.FIELD);
        return Optional.of(new BrokerExecution(broker, message.getString(ClOrdID.FIELD),
                FixValues.optionalString(message, OrigClOrdID.FIELD), FixValues.optionalString(message, OrderID.FIELD),
                message.getString(ExecID.FIELD), execType.get(), status.orElse(null), lastQuantity, lastPrice,
                cumulativeQuantity, rejectReason, FixValues.text(message), possibleDuplicate,
                receivedNanos));
    }

    BrokerCancelReject cancelReject(Message message, String broker) throws FieldNotFound {
        CancelRejectReason reason = message.isSetField(CxlRejReason.FIELD)
                ? FixCodes.cancelRejectReason(message.getInt(CxlRejReason.FIELD)) : CancelRejectReason.OTHER;
        return new BrokerCancelReject(broker, message.getString(ClOrdID.FIELD),
                FixValues.optionalString(message, OrigClOrdID.FIELD), reason,
                FixValues.text(message));
    }
}
