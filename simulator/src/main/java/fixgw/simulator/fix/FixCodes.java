package fixgw.simulator.fix;

import fixgw.simulator.venue.CancelRejectReason;
import fixgw.simulator.venue.OrderRejectReason;
import fixgw.simulator.venue.OrderStatus;
import fixgw.simulator.venue.OrderType;
import fixgw.simulator.venue.Side;
import fixgw.simulator.venue.TimeInForce;
import java.util.Optional;
import quickfix.field.CxlRejReason;
import quickfix.field.OrdRejReason;
import quickfix.field.OrdStatus;
import quickfix.field.OrdType;

/** The one place venue enums meet FIX 4.4 code values. */
final class FixCodes {
    private FixCodes() {
    }

    static Optional<Side> side(char code) {
        switch (code) {
            case quickfix.field.Side.BUY:
                return Optional.of(Side.BUY);
            case quickfix.field.Side.SELL:
                return Optional.of(Side.SELL);
            case quickfix.field.Side.SELL_SHORT:
                return Optional.of(Side.SELL_SHORT);
            default:
                return Optional.empty();
        }
    }

    static char side(Side side) {
        switch (side) {
            case BUY:
                return quickfix.field.Side.BUY;
            case SELL:
                return quickfix.field.Side.SELL;
            default:
                return quickfix.field.Side.SELL_SHORT;
        }
    }

    static Optional<OrderType> orderType(char code) {
        switch (code) {
            case OrdType.MARKET:
                return Optional.of(OrderType.MARKET);
            case OrdType.LIMIT:
                return Optional.of(OrderType.LIMIT);
            case OrdType.STOP_STOP_LOSS:
                return Optional.of(OrderType.STOP);
            case OrdType.STOP_LIMIT:
                return Optional.of(OrderType.STOP_LIMIT);
            default:
                return Optional.empty();
        }
    }

    static char orderType(OrderType type) {
        switch (type) {
            case MARKET:
                return OrdType.MARKET;
            case LIMIT:
                return OrdType.LIMIT;
            case STOP:
                return OrdType.STOP_STOP_LOSS;
            default:
                return OrdType.STOP_LIMIT;
        }
    }

    static Optional<TimeInForce> timeInForce(char code) {
        switch (code) {
            case quickfix.field.TimeInForce.DAY:
                return Optional.of(TimeInForce.DAY);
            case quickfix.field.TimeInForce.GOOD_TILL_CANCEL:
                return Optional.of(TimeInForce.GOOD_TILL_CANCEL);
            case quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL:
                return Optional.of(TimeInForce.IMMEDIATE_OR_CANCEL);
            case quickfix.field.TimeInForce.FILL_OR_KILL:
                return Optional.of(TimeInForce.FILL_OR_KILL);
            default:
                return Optional.empty();
        }
    }

    static char timeInForce(TimeInForce timeInForce) {
        switch (timeInForce) {
            case DAY:
                return quickfix.field.TimeInForce.DAY;
            case GOOD_TILL_CANCEL:
                return quickfix.field.TimeInForce.GOOD_TILL_CANCEL;
            case FILL_OR_KILL:
                return quickfix.field.TimeInForce.FILL_OR_KILL;
            default:
                return quickfix.field.TimeInForce.IMMEDIATE_OR_CANCEL;
        }
    }

    static char orderStatus(OrderStatus status) {
        switch (status) {
            case NEW:
                return OrdStatus.NEW;
            case PARTIALLY_FILLED:
                return OrdStatus.PARTIALLY_FILLED;
            case FILLED:
                return OrdStatus.FILLED;
            case CANCELED:
                return OrdStatus.CANCELED;
            case EXPIRED:
                return OrdStatus.EXPIRED;
            default:
                return OrdStatus.REJECTED;
        }
    }

    static int orderRejectReason(OrderRejectReason reason) {
        switch (reason) {
            case UNKNOWN_SYMBOL:
                return OrdRejReason.UNKNOWN_SYMBOL;
            case DUPLICATE_ORDER:
                return OrdRejReason.DUPLICATE_ORDER;
            case UNSUPPORTED_ORDER_CHARACTERISTIC:
                return OrdRejReason.UNSUPPORTED_ORDER_CHARACTERISTIC;
            case INCORRECT_QUANTITY:
                return OrdRejReason.INCORRECT_QUANTITY;
            case EXCHANGE_CLOSED:
                return OrdRejReason.EXCHANGE_CLOSED;
            default:
                return OrdRejReason.OTHER;
        }
    }

    static int cancelRejectReason(CancelRejectReason reason) {
        switch (reason) {
            case TOO_LATE_TO_CANCEL:
                return CxlRejReason.TOO_LATE_TO_CANCEL;
            case UNKNOWN_ORDER:
                return CxlRejReason.UNKNOWN_ORDER;
            default:
                return CxlRejReason.OTHER;
        }
    }
}
