package fixgw.gateway.fix;

import fixgw.gateway.order.BrokerCancelReject;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.RejectReason;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.CxlRejReason;
import quickfix.field.ExecID;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;
import quickfix.field.OrigClOrdID;
import quickfix.field.PossDupFlag;
import quickfix.field.Text;

import java.math.BigDecimal;
import java.util.Optional;

/** Reads a broker's ExecutionReport (8) and OrderCancelReject (9) into domain events. */
final class BrokerMessageDecoder {

    /** The execution, or empty when the report says nothing the gateway can apply (the reason is logged). */
    Optional<BrokerExecution> execution(Message message, String broker, long receivedNanos) throws FieldNotFound {
        Optional<ExecType> execType = FixCodes.execType(message.getChar(quickfix.field.ExecType.FIELD));
        if (execType.isEmpty()) {
            return Optional.empty();
        }
        Optional<OrderStatus> status = FixCodes.orderStatus(message.getChar(OrdStatus.FIELD));
        long lastQuantity = 0;
        BigDecimal lastPrice = null;
        if (execType.get() == ExecType.TRADE) {
            Optional<Long> whole = FixValues.wholeQuantity(message.getDecimal(LastQty.FIELD));
            if (whole.isEmpty()) {
                return Optional.empty();
            }
            lastQuantity = whole.get();
            lastPrice = message.getDecimal(LastPx.FIELD);
        }
        RejectReason rejectReason = message.isSetField(OrdRejReason.FIELD)
                ? FixCodes.rejectReason(message.getInt(OrdRejReason.FIELD)) : null;
        boolean possibleDuplicate = message.getHeader().isSetField(PossDupFlag.FIELD)
                && message.getHeader().getBoolean(PossDupFlag.FIELD);
        return Optional.of(new BrokerExecution(broker, message.getString(ClOrdID.FIELD),
                FixValues.optionalString(message, OrigClOrdID.FIELD), FixValues.optionalString(message, OrderID.FIELD),
                message.getString(ExecID.FIELD), execType.get(), status.orElse(null), lastQuantity, lastPrice,
                rejectReason, FixValues.optionalString(message, Text.FIELD), possibleDuplicate, receivedNanos));
    }

    BrokerCancelReject cancelReject(Message message, String broker) throws FieldNotFound {
        CancelRejectReason reason = message.isSetField(CxlRejReason.FIELD)
                ? FixCodes.cancelRejectReason(message.getInt(CxlRejReason.FIELD)) : CancelRejectReason.OTHER;
        return new BrokerCancelReject(broker, message.getString(ClOrdID.FIELD),
                FixValues.optionalString(message, OrigClOrdID.FIELD), reason,
                FixValues.optionalString(message, Text.FIELD));
    }
}
