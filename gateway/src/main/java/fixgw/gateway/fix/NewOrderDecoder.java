package fixgw.gateway.fix;

import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Rejection;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.Symbol;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a NewOrderSingle (D) into a {@link NewOrderRequest}, or says why it cannot be accepted. Required tags and
 * value types were already checked by QuickFIX/J against the data dictionary; this checks what the gateway
 * supports and what makes a sane order.
 */
final class NewOrderDecoder {

    Decoded<NewOrderRequest> decode(Message message, String session, long receivedNanos) throws FieldNotFound {
        char sideCode = message.getChar(quickfix.field.Side.FIELD);
        Optional<Side> side = FixCodes.side(sideCode);
        if (side.isEmpty()) {
            return unsupported("Side (54) '" + sideCode + "' is not supported: use 1 (Buy), 2 (Sell) or 5 (Sell short)");
        }
        char typeCode = message.getChar(OrdType.FIELD);
        Optional<OrderType> type = FixCodes.orderType(typeCode);
        if (type.isEmpty()) {
            return unsupported("OrdType (40) '" + typeCode + "' is not supported: use 1 (Market) or 2 (Limit)");
        }
        Optional<TimeInForce> timeInForce = Optional.of(TimeInForce.DAY);
        if (message.isSetField(quickfix.field.TimeInForce.FIELD)) {
            char tifCode = message.getChar(quickfix.field.TimeInForce.FIELD);
            timeInForce = FixCodes.timeInForce(tifCode);
            if (timeInForce.isEmpty()) {
                return unsupported("TimeInForce (59) '" + tifCode
                        + "' is not supported: use 0 (Day), 1 (Good till cancel) or 3 (Immediate or cancel)");
            }
        }
        Decoded<Long> quantity = quantity(message);
        if (quantity.isRejected()) {
            return Decoded.rejected(quantity.rejection());
        }
        BigDecimal price = FixValues.optionalDecimal(message, Price.FIELD);
        Optional<Rejection> priceProblem = priceProblem(type.get(), price);
        if (priceProblem.isPresent()) {
            return Decoded.rejected(priceProblem.get());
        }
        return Decoded.of(new NewOrderRequest(session, message.getString(ClOrdID.FIELD),
                message.getString(Symbol.FIELD), side.get(), type.get(), timeInForce.get(), quantity.value(),
                Prices.bounded(price), FixValues.optionalString(message, Account.FIELD), receivedNanos));
    }

    /** OrderQty must be present, positive and a whole number of shares. */
    static Decoded<Long> quantity(Message message) throws FieldNotFound {
        if (!message.isSetField(OrderQty.FIELD)) {
            return Decoded.rejected(new Rejection(RejectReason.INCORRECT_QUANTITY, "OrderQty (38) is required"));
        }
        BigDecimal raw = message.getDecimal(OrderQty.FIELD);
        if (raw.signum() <= 0) {
            return Decoded.rejected(new Rejection(RejectReason.INCORRECT_QUANTITY,
                    "OrderQty (38) must be positive, was " + raw.toPlainString()));
        }
        Optional<Long> whole = FixValues.wholeQuantity(raw);
        if (whole.isEmpty()) {
            return Decoded.rejected(new Rejection(RejectReason.INCORRECT_QUANTITY,
                    "OrderQty (38) must be a whole number of shares, was " + raw.toPlainString()));
        }
        return Decoded.of(whole.get());
    }

    /** Limit orders need a positive price; market orders must not carry one. */
    static Optional<Rejection> priceProblem(OrderType type, BigDecimal price) {
        if (type.isPriced() && price == null) {
            return Optional.of(new Rejection(RejectReason.OTHER, "Price (44) is required for a limit order"));
        }
        if (!type.isPriced() && price != null) {
            return Optional.of(new Rejection(RejectReason.OTHER, "Price (44) is not allowed on a market order"));
        }
        if (price != null && price.signum() <= 0) {
            return Optional.of(new Rejection(RejectReason.OTHER,
                    "Price (44) must be positive, was " + Prices.describe(price)));
        }
        return Prices.problem(price, "Price (44)").map(text -> new Rejection(RejectReason.OTHER, text));
    }

    private static <T> Decoded<T> unsupported(String text) {
        return Decoded.rejected(new Rejection(RejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC, text));
    }
}
