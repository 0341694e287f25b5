package fixgw.gateway.fix;

import fixgw.gateway.engine.OrderManager;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.OrderStatus;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.LastPx;
import quickfix.field.LastQty;
import quickfix.field.LeavesQty;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Encodes the domain's client reports as FIX 4.4 messages. */
final class ClientMessageEncoder {

    Message executionReport(ExecutionReport report) {
        Message message = new quickfix.fix44.ExecutionReport();
        message.setString(OrderID.FIELD, report.orderId());
        message.setString(ExecID.FIELD, report.execId());
        message.setChar(quickfix.field.ExecType.FIELD, FixCodes.execType(report.execType()));
        message.setChar(OrdStatus.FIELD, FixCodes.orderStatus(report.status()));
        message.setString(ClOrdID.FIELD, report.clOrdId());
        setIfPresent(message, OrigClOrdID.FIELD, report.origClOrdId());
        setIfPresent(message, Symbol.FIELD, report.symbol());
        if (report.side() != null) {
            message.setChar(Side.FIELD, FixCodes.side(report.side()));
        }
        if (report.type() != null) {
            message.setChar(OrdType.FIELD, FixCodes.orderType(report.type()));
        }
        if (report.timeInForce() != null) {
            message.setChar(TimeInForce.FIELD, FixCodes.timeInForce(report.timeInForce()));
        }
        if (report.orderQuantity() > 0) {
            message.setDecimal(OrderQty.FIELD, BigDecimal.valueOf(report.orderQuantity()));
        }
        if (report.price() != null) {
            message.setDecimal(Price.FIELD, report.price());
        }
        message.setDecimal(LastQty.FIELD, BigDecimal.valueOf(report.lastQuantity()));
        message.setDecimal(LastPx.FIELD, report.lastPrice() == null ? BigDecimal.ZERO : report.lastPrice());
        message.setDecimal(CumQty.FIELD, BigDecimal.valueOf(report.cumulativeQuantity()));
        message.setDecimal(LeavesQty.FIELD, BigDecimal.valueOf(report.leavesQuantity()));
        message.setDecimal(AvgPx.FIELD, report.averagePrice());
        if (report.rejectReason() != null && report.execType() == ExecType.REJECTED) {
            message.setInt(OrdRejReason.FIELD, FixCodes.rejectReason(report.rejectReason()));
        }
        setIfPresent(message, Text.FIELD, report.text());
        setIfPresent(message, Account.FIELD, report.account());
        message.setUtcTimeStamp(TransactTime.FIELD, utc(report.transactTime()), true);
        return message;
    }

    Message cancelReject(CancelReject reject) {
        Message message = new quickfix.fix44.OrderCancelReject();
        message.setString(OrderID.FIELD, reject.orderId());
        message.setString(ClOrdID.FIELD, reject.clOrdId());
        message.setString(OrigClOrdID.FIELD, reject.origClOrdId());
        message.setChar(OrdStatus.FIELD, FixCodes.orderStatus(reject.status()));
        message.setChar(CxlRejResponseTo.FIELD, reject.toReplace()
                ? CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST : CxlRejResponseTo.ORDER_CANCEL_REQUEST);
        message.setInt(CxlRejReason.FIELD, FixCodes.cancelRejectReason(reject.reason()));
        setIfPresent(message, Text.FIELD, reject.text());
        message.setUtcTimeStamp(TransactTime.FIELD, utc(reject.transactTime()), true);
        return message;
    }

    /** An ExecutionReport Rejected for a NewOrderSingle the adapter could not accept, echoing what it can. */
    Message newOrderRejected(Message order, String execId, int ordRejReason, String text, Instant now) {
        Message message = new quickfix.fix44.ExecutionReport();
        message.setString(OrderID.FIELD, OrderManager.NO_ORDER_ID);
        message.setString(ExecID.FIELD, execId);
        message.setChar(quickfix.field.ExecType.FIELD, quickfix.field.ExecType.REJECTED);
        message.setChar(OrdStatus.FIELD, FixCodes.orderStatus(OrderStatus.REJECTED));
        copy(order, message, ClOrdID.FIELD, Symbol.FIELD, Side.FIELD, OrdType.FIELD, TimeInForce.FIELD,
                OrderQty.FIELD, Price.FIELD, Account.FIELD);
        message.setDecimal(LastQty.FIELD, BigDecimal.ZERO);
        message.setDecimal(LastPx.FIELD, BigDecimal.ZERO);
        message.setDecimal(CumQty.FIELD, BigDecimal.ZERO);
        message.setDecimal(LeavesQty.FIELD, BigDecimal.ZERO);
        message.setDecimal(AvgPx.FIELD, BigDecimal.ZERO);
        message.setInt(OrdRejReason.FIELD, ordRejReason);
        message.setString(Text.FIELD, text);
        message.setUtcTimeStamp(TransactTime.FIELD, utc(now), true);
        return message;
    }

    private static void copy(Message from, Message to, int... tags) {
        for (int tag : tags) {
            from.getOptionalString(tag).ifPresent(value -> to.setString(tag, value));
        }
    }

    private static void setIfPresent(Message message, int tag, String value) {
        if (value != null) {
            message.setString(tag, value);
        }
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
