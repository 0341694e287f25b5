package fixgw.simulator.fix;

import fixgw.simulator.venue.CancelRequestKind;
import fixgw.simulator.venue.OrderSnapshot;
import fixgw.simulator.venue.VenueEvent;
import fixgw.simulator.venue.VenueEvent.CancelRejected;
import fixgw.simulator.venue.VenueEvent.OrderAccepted;
import fixgw.simulator.venue.VenueEvent.OrderCanceled;
import fixgw.simulator.venue.VenueEvent.OrderExpired;
import fixgw.simulator.venue.VenueEvent.OrderFilled;
import fixgw.simulator.venue.VenueEvent.OrderRejected;
import fixgw.simulator.venue.VenueEvent.OrderReplaced;
import fixgw.simulator.venue.VenueEvent.StatusReported;
import fixgw.simulator.venue.VenueEvent.UnknownOrderStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.ClOrdID;
import quickfix.field.CommType;
import quickfix.field.Commission;
import quickfix.field.CumQty;
import quickfix.field.CxlRejReason;
import quickfix.field.CxlRejResponseTo;
import quickfix.field.ExecID;
import quickfix.field.ExecType;
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
import quickfix.field.StopPx;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.OrderCancelReject;

/**
 * Turns a {@link VenueEvent} into the FIX 4.4 message that reports it. Fields the venue does not know (the
 * raw values of a request it could not translate) are echoed from the request. Prices and quantities are
 * written from {@code BigDecimal}/{@code long}, never through QuickFIX/J's {@code double} field types.
 *
 * <p>Thread-safe (the ExecID generator is shared; nothing else is mutable).
 */
final class ReportEncoder {
    private static final String UNKNOWN_ORDER_ID = "NONE";

    private final Clock clock;
    private final ExecIdGenerator execIds;
    private final UtcMillisTimestamps timestamps = new UtcMillisTimestamps();

    ReportEncoder(Clock clock, ExecIdGenerator execIds) {
        this.clock = clock;
        this.execIds = execIds;
    }

    /** @param request the inbound message the event answers */
    Message encode(VenueEvent event, Message request) {
        if (event instanceof OrderAccepted accepted) {
            return executionReport(accepted.order(), ExecType.NEW, request);
        }
        if (event instanceof OrderFilled filled) {
            return encodeFill(filled, request, transactTime(filled));
        }
        if (event instanceof OrderCanceled canceled) {
            return executionReport(canceled.order(), ExecType.CANCELED, request);
        }
        if (event instanceof OrderExpired expired) {
            return executionReport(expired.order(), ExecType.EXPIRED, request, expired.time());
        }
        if (event instanceof OrderReplaced replaced) {
            return executionReport(replaced.order(), ExecType.REPLACED, request);
        }
        if (event instanceof StatusReported status) {
            return executionReport(status.order(), ExecType.ORDER_STATUS, request);
        }
        if (event instanceof OrderRejected rejected) {
            return orderRejected(rejected, request);
        }
        if (event instanceof UnknownOrderStatus unknown) {
            return unknownOrderStatus(unknown, request);
        }
        return cancelRejected((CancelRejected) event);
    }

    /** The TransactTime a fill is reported with, to the millisecond as written: its market time, or now. */
    Instant transactTime(OrderFilled filled) {
        Instant time = filled.time() == null ? clock.instant() : filled.time();
        return Instant.ofEpochMilli(time.toEpochMilli());
    }

    /** @param time the fill's {@link #transactTime(OrderFilled) TransactTime} */
    Message encodeFill(OrderFilled filled, Message request, Instant time) {
        Message report = executionReport(filled.order(), ExecType.TRADE, request, time);
        report.setString(LastQty.FIELD, Long.toString(filled.lastQuantity()));
        report.setDecimal(LastPx.FIELD, filled.lastPrice());
        if (filled.commission().signum() > 0) {
            report.setDecimal(Commission.FIELD, filled.commission());
            report.setChar(CommType.FIELD, CommType.ABSOLUTE);
        }
        return report;
    }

    private Message executionReport(OrderSnapshot order, char execType, Message request) {
        return executionReport(order, execType, request, null);
    }

    /** @param time TransactTime, or {@code null} for now */
    private Message executionReport(OrderSnapshot order, char execType, Message request, Instant time) {
        Message report = new MillisStampedExecutionReport();
        report.setString(OrderID.FIELD, order.orderId());
        report.setString(ExecID.FIELD, execIds.next());
        report.setChar(ExecType.FIELD, execType);
        report.setChar(OrdStatus.FIELD, FixCodes.orderStatus(order.status()));
        report.setString(ClOrdID.FIELD, order.clOrdId());
        if (order.origClOrdId() != null) {
            report.setString(OrigClOrdID.FIELD, order.origClOrdId());
        }
        report.setString(Symbol.FIELD, order.symbol());
        if (order.side() != null) {
            report.setChar(Side.FIELD, FixCodes.side(order.side()));
            report.setString(OrderQty.FIELD, Long.toString(order.quantity()));
            report.setChar(OrdType.FIELD, FixCodes.orderType(order.type()));
            report.setChar(TimeInForce.FIELD, FixCodes.timeInForce(order.timeInForce()));
            if (order.type().hasLimitPrice() && order.limitPrice() != null) {
                report.setDecimal(Price.FIELD, order.limitPrice());
            }
            if (order.type().hasStopPrice() && order.stopPrice() != null) {
                report.setDecimal(StopPx.FIELD, order.stopPrice());
            }
        } else {
            // Rejected before translation: the venue never knew these values.
            echo(request, report, Side.FIELD, OrderQty.FIELD, OrdType.FIELD, TimeInForce.FIELD, Price.FIELD);
        }
        report.setString(CumQty.FIELD, Long.toString(order.cumQuantity()));
        report.setString(LeavesQty.FIELD, Long.toString(order.leavesQuantity()));
        report.setDecimal(AvgPx.FIELD, order.averagePrice());
        report.setString(LastQty.FIELD, "0");
        report.setDecimal(LastPx.FIELD, BigDecimal.ZERO);
        stampTransactTime(report, time == null ? clock.instant() : time);
        return report;
    }

    private Message orderRejected(OrderRejected rejected, Message request) {
        Message report = new MillisStampedExecutionReport();
        report.setString(OrderID.FIELD, rejected.order().orderId());
        report.setString(ExecID.FIELD, execIds.next());
        report.setChar(ExecType.FIELD, ExecType.REJECTED);
        report.setChar(OrdStatus.FIELD, OrdStatus.REJECTED);
        report.setString(ClOrdID.FIELD, rejected.order().clOrdId());
        // A reject repeats what the client sent, including values the venue cannot represent.
        echo(request, report, Symbol.FIELD, Side.FIELD, OrderQty.FIELD, OrdType.FIELD, TimeInForce.FIELD,
                Price.FIELD);
        report.setString(CumQty.FIELD, "0");
        report.setString(LeavesQty.FIELD, "0");
        report.setDecimal(AvgPx.FIELD, BigDecimal.ZERO);
        report.setString(LastQty.FIELD, "0");
        report.setDecimal(LastPx.FIELD, BigDecimal.ZERO);
        report.setInt(OrdRejReason.FIELD, FixCodes.orderRejectReason(rejected.reason()));
        report.setString(Text.FIELD, rejected.text());
        stampTransactTime(report, clock.instant());
        return report;
    }

    private Message unknownOrderStatus(UnknownOrderStatus unknown, Message request) {
        Message report = new MillisStampedExecutionReport();
        report.setString(OrderID.FIELD, UNKNOWN_ORDER_ID);
        report.setString(ExecID.FIELD, execIds.next());
        report.setChar(ExecType.FIELD, ExecType.ORDER_STATUS);
        report.setChar(OrdStatus.FIELD, OrdStatus.REJECTED);
        report.setString(ClOrdID.FIELD, unknown.clOrdId());
        echo(request, report, Symbol.FIELD, Side.FIELD);
        report.setString(CumQty.FIELD, "0");
        report.setString(LeavesQty.FIELD, "0");
        report.setDecimal(AvgPx.FIELD, BigDecimal.ZERO);
        report.setString(Text.FIELD, "unknown order");
        stampTransactTime(report, clock.instant());
        return report;
    }

    private static Message cancelRejected(CancelRejected rejected) {
        Message reject = new OrderCancelReject();
        reject.setString(OrderID.FIELD, rejected.orderId());
        reject.setString(ClOrdID.FIELD, rejected.clOrdId());
        reject.setString(OrigClOrdID.FIELD, rejected.origClOrdId());
        // FIX wants an OrdStatus even for an order we never saw; Rejected is the customary answer.
        reject.setChar(OrdStatus.FIELD, rejected.orderStatus() == null
                ? OrdStatus.REJECTED
                : FixCodes.orderStatus(rejected.orderStatus()));
        reject.setChar(CxlRejResponseTo.FIELD, rejected.responseTo() == CancelRequestKind.CANCEL
                ? CxlRejResponseTo.ORDER_CANCEL_REQUEST
                : CxlRejResponseTo.ORDER_CANCEL_REPLACE_REQUEST);
        reject.setInt(CxlRejReason.FIELD, FixCodes.cancelRejectReason(rejected.reason()));
        reject.setString(Text.FIELD, rejected.text());
        return reject;
    }

    private static void echo(Message from, Message to, int... tags) {
        for (int tag : tags) {
            from.getOptionalString(tag).ifPresent(value -> to.setString(tag, value));
        }
    }

    /** To the millisecond, as QuickFIX/J's {@code setUtcTimeStamp(..., MILLIS)} would write it. */
    private void stampTransactTime(Message report, Instant time) {
        report.setString(TransactTime.FIELD, timestamps.format(time));
    }
}
