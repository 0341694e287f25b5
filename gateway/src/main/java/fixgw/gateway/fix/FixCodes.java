package fixgw.gateway.fix;

import fixgw.gateway.order.CancelRejectReason;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;

import java.util.Optional;

/** The one place where FIX 4.4 codes meet the domain's enums. */
final class FixCodes {

    private FixCodes() {
    }

    static Optional<Side> side(char code) {
        return switch (code) {
            case quickfix.field.Side.BUY -> Optional.of(Side.BUY);
            case quickfix.field.Side.SELL -> Optional.of(Side.SELL);
            case quickfix.field.Side.SELL_SHORT -> Optional.of(Side.SELL_SHORT);
            default -> Optional.empty();
        };
    }

    static char side(Side side) {
        return switch (side) {
            case BUY -> quickfix.field.Side.BUY;
            case SELL -> quickfix.field.Side.SELL;
            case SELL_SHORT -> quickfix.field.Side.SELL_SHORT;
        };
    }

    static Optional<OrderType> orderType(char code) {
        return switch (code) {
            case quickfix.field.OrdType.MARKET -> Optional.of(OrderType.MARKET);
            case quickfix.field.OrdType.LIMIT -> Optional.of(OrderType.LIMIT);
            default -> Optional.empty();
        };
    }

    static char orderType(OrderType type) {
        return switch (type) {
            case MARKET -> quickfix.field.OrdType.MARKET;
            case LIMIT -> quickfix.field.OrdType.LIMIT;
        };
    }

    static Optional<TimeInForce> timeInForce(char code) {
        return switch (code) {
            case quickfix.field.TimeInForce.DAY -> Optional.of(TimeInForce.DAY);
            case quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL -> Optional.of(TimeInForce.IMMEDIATE_OR_CANCEL);
            case quickfix.field.TimeInForce.GOOD_TILL_CANCEL -> Optional.of(TimeInForce.GOOD_TILL_CANCEL);
            default -> Optional.empty();
        };
    }

    static char timeInForce(TimeInForce timeInForce) {
        return switch (timeInForce) {
            case DAY -> quickfix.field.TimeInForce.DAY;
            case IMMEDIATE_OR_CANCEL -> quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL;
            case GOOD_TILL_CANCEL -> quickfix.field.TimeInForce.GOOD_TILL_CANCEL;
        };
    }

    static char orderStatus(OrderStatus status) {
        return switch (status) {
            case PENDING_NEW -> quickfix.field.OrdStatus.PENDING_NEW;
            case NEW -> quickfix.field.OrdStatus.NEW;
            case PARTIALLY_FILLED -> quickfix.field.OrdStatus.PARTIALLY_FILLED;
            case FILLED -> quickfix.field.OrdStatus.FILLED;
            case CANCELED -> quickfix.field.OrdStatus.CANCELED;
            case REJECTED -> quickfix.field.OrdStatus.REJECTED;
            case EXPIRED -> quickfix.field.OrdStatus.EXPIRED;
            case PENDING_CANCEL -> quickfix.field.OrdStatus.PENDING_CANCEL;
            case PENDING_REPLACE -> quickfix.field.OrdStatus.PENDING_REPLACE;
        };
    }

    static Optional<OrderStatus> orderStatus(char code) {
        return switch (code) {
            case quickfix.field.OrdStatus.PENDING_NEW -> Optional.of(OrderStatus.PENDING_NEW);
            case quickfix.field.OrdStatus.NEW -> Optional.of(OrderStatus.NEW);
            case quickfix.field.OrdStatus.PARTIALLY_FILLED -> Optional.of(OrderStatus.PARTIALLY_FILLED);
            case quickfix.field.OrdStatus.FILLED -> Optional.of(OrderStatus.FILLED);
            case quickfix.field.OrdStatus.CANCELED -> Optional.of(OrderStatus.CANCELED);
            case quickfix.field.OrdStatus.REJECTED -> Optional.of(OrderStatus.REJECTED);
            case quickfix.field.OrdStatus.EXPIRED -> Optional.of(OrderStatus.EXPIRED);
            case quickfix.field.OrdStatus.PENDING_CANCEL -> Optional.of(OrderStatus.PENDING_CANCEL);
            case quickfix.field.OrdStatus.PENDING_REPLACE -> Optional.of(OrderStatus.PENDING_REPLACE);
            default -> Optional.empty();
        };
    }

    static char execType(ExecType execType) {
        return switch (execType) {
            case NEW -> quickfix.field.ExecType.NEW;
            case TRADE -> quickfix.field.ExecType.TRADE;
            case CANCELED -> quickfix.field.ExecType.CANCELED;
            case REPLACED -> quickfix.field.ExecType.REPLACED;
            case PENDING_CANCEL -> quickfix.field.ExecType.PENDING_CANCEL;
            case PENDING_REPLACE -> quickfix.field.ExecType.PENDING_REPLACE;
            case REJECTED -> quickfix.field.ExecType.REJECTED;
            case EXPIRED -> quickfix.field.ExecType.EXPIRED;
            case ORDER_STATUS -> quickfix.field.ExecType.ORDER_STATUS;
        };
    }

    static Optional<ExecType> execType(char code) {
        return switch (code) {
            case quickfix.field.ExecType.NEW -> Optional.of(ExecType.NEW);
            case quickfix.field.ExecType.TRADE -> Optional.of(ExecType.TRADE);
            case quickfix.field.ExecType.CANCELED -> Optional.of(ExecType.CANCELED);
            case quickfix.field.ExecType.REPLACED -> Optional.of(ExecType.REPLACED);
            case quickfix.field.ExecType.PENDING_CANCEL -> Optional.of(ExecType.PENDING_CANCEL);
            case quickfix.field.ExecType.PENDING_REPLACE -> Optional.of(ExecType.PENDING_REPLACE);
            case quickfix.field.ExecType.REJECTED -> Optional.of(ExecType.REJECTED);
            case quickfix.field.ExecType.EXPIRED -> Optional.of(ExecType.EXPIRED);
            case quickfix.field.ExecType.ORDER_STATUS -> Optional.of(ExecType.ORDER_STATUS);
            default -> Optional.empty();
        };
    }

    static int rejectReason(RejectReason reason) {
        return switch (reason) {
            case UNKNOWN_SYMBOL -> quickfix.field.OrdRejReason.UNKNOWN_SYMBOL;
            case MARKET_CLOSED -> quickfix.field.OrdRejReason.EXCHANGE_CLOSED;
            case EXCEEDS_LIMIT -> quickfix.field.OrdRejReason.ORDER_EXCEEDS_LIMIT;
            case DUPLICATE_ORDER -> quickfix.field.OrdRejReason.DUPLICATE_ORDER;
            case UNSUPPORTED_ORDER_CHARACTERISTIC -> quickfix.field.OrdRejReason.UNSUPPORTED_ORDER_CHARACTERISTIC;
            case INCORRECT_QUANTITY -> quickfix.field.OrdRejReason.INCORRECT_QUANTITY;
            case BROKER_UNAVAILABLE, BROKER_REJECTED, STORAGE_FAILING, OTHER -> quickfix.field.OrdRejReason.OTHER;
        };
    }

    /** A broker's OrdRejReason in domain terms; codes the gateway has no name for become BROKER_REJECTED. */
    static RejectReason rejectReason(int code) {
        return switch (code) {
            case quickfix.field.OrdRejReason.UNKNOWN_SYMBOL -> RejectReason.UNKNOWN_SYMBOL;
            case quickfix.field.OrdRejReason.EXCHANGE_CLOSED -> RejectReason.MARKET_CLOSED;
            case quickfix.field.OrdRejReason.ORDER_EXCEEDS_LIMIT -> RejectReason.EXCEEDS_LIMIT;
            case quickfix.field.OrdRejReason.DUPLICATE_ORDER -> RejectReason.DUPLICATE_ORDER;
            case quickfix.field.OrdRejReason.UNSUPPORTED_ORDER_CHARACTERISTIC ->
                    RejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC;
            case quickfix.field.OrdRejReason.INCORRECT_QUANTITY -> RejectReason.INCORRECT_QUANTITY;
            default -> RejectReason.BROKER_REJECTED;
        };
    }

    static int cancelRejectReason(CancelRejectReason reason) {
        return switch (reason) {
            case TOO_LATE_TO_CANCEL -> quickfix.field.CxlRejReason.TOO_LATE_TO_CANCEL;
            case UNKNOWN_ORDER -> quickfix.field.CxlRejReason.UNKNOWN_ORDER;
            case ALREADY_PENDING -> quickfix.field.CxlRejReason.ORDER_ALREADY_IN_PENDING_CANCEL_OR_PENDING_REPLACE_STATUS;
            case DUPLICATE_CLORDID -> quickfix.field.CxlRejReason.DUPLICATE_CLORDID_RECEIVED;
            case OTHER -> quickfix.field.CxlRejReason.OTHER;
        };
    }

    static CancelRejectReason cancelRejectReason(int code) {
        return switch (code) {
            case quickfix.field.CxlRejReason.TOO_LATE_TO_CANCEL -> CancelRejectReason.TOO_LATE_TO_CANCEL;
            case quickfix.field.CxlRejReason.UNKNOWN_ORDER -> CancelRejectReason.UNKNOWN_ORDER;
            case quickfix.field.CxlRejReason.ORDER_ALREADY_IN_PENDING_CANCEL_OR_PENDING_REPLACE_STATUS ->
                    CancelRejectReason.ALREADY_PENDING;
            case quickfix.field.CxlRejReason.DUPLICATE_CLORDID_RECEIVED -> CancelRejectReason.DUPLICATE_CLORDID;
            default -> CancelRejectReason.OTHER;
        };
    }
}
