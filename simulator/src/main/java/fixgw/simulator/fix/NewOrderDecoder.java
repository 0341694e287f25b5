package fixgw.simulator.fix;

import fixgw.simulator.venue.InvalidOrder;
import fixgw.simulator.venue.NewOrder;
import fixgw.simulator.venue.OrderRejectReason;
import fixgw.simulator.venue.OrderType;
import fixgw.simulator.venue.Side;
import fixgw.simulator.venue.TimeInForce;
import java.math.BigDecimal;
import java.util.Optional;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.StopPx;
import quickfix.field.Symbol;

/**
 * Translates a NewOrderSingle into a {@link NewOrder}, or into an {@link InvalidOrder} naming the first value
 * the venue cannot represent. Required fields were already checked by QuickFIX/J's data dictionary.
 */
final class NewOrderDecoder {

    /** Exactly one of the two is present. */
    record Decoded(Optional<NewOrder> order, Optional<InvalidOrder> invalid) {
        static Decoded valid(NewOrder order) {
            return new Decoded(Optional.of(order), Optional.empty());
        }

        static Decoded invalid(InvalidOrder invalid) {
            return new Decoded(Optional.empty(), Optional.of(invalid));
        }
    }

    Decoded decode(Message message) throws FieldNotFound {
        String clOrdId = message.getString(ClOrdID.FIELD);
        String symbol = message.getString(Symbol.FIELD);
        char ordTypeCode = message.getChar(OrdType.FIELD);
        Optional<OrderType> type = FixCodes.orderType(ordTypeCode);
        if (type.isEmpty()) {
            return unsupported(clOrdId, symbol, "Unsupported OrdType " + ordTypeCode
                    + " (only 1 Market, 2 Limit, 3 Stop, 4 Stop limit)");
        }
        char tifCode = message.isSetField(quickfix.field.TimeInForce.FIELD)
                ? message.getChar(quickfix.field.TimeInForce.FIELD)
                : quickfix.field.TimeInForce.DAY;
        Optional<TimeInForce> timeInForce = FixCodes.timeInForce(tifCode);
        if (timeInForce.isEmpty()) {
            return unsupported(clOrdId, symbol,
                    "Unsupported TimeInForce " + tifCode + " (only 0 Day, 1 GTC, 3 IOC, 4 FOK)");
        }
        char sideCode = message.getChar(quickfix.field.Side.FIELD);
        Optional<Side> side = FixCodes.side(sideCode);
        if (side.isEmpty()) {
            return unsupported(clOrdId, symbol, "Unsupported Side " + sideCode + " (only 1 Buy, 2 Sell, 5 Sell short)");
        }
        Optional<BigDecimal> quantity = message.getOptionalDecimal(OrderQty.FIELD);
        if (quantity.isEmpty()) {
            return incorrectQuantity(clOrdId, symbol, "OrderQty is missing");
        }
        Optional<Long> wholeShares = WholeShares.of(quantity.get());
        if (wholeShares.isEmpty()) {
            return incorrectQuantity(clOrdId, symbol,
                    "OrderQty must be a whole number of shares, was " + quantity.get().toPlainString());
        }
        BigDecimal limitPrice = message.getOptionalDecimal(Price.FIELD).orElse(null);
        BigDecimal stopPrice = message.getOptionalDecimal(StopPx.FIELD).orElse(null);
        return Decoded.valid(new NewOrder(clOrdId, symbol, side.get(), type.get(), timeInForce.get(),
                wholeShares.get(), limitPrice, stopPrice));
    }

    private static Decoded unsupported(String clOrdId, String symbol, String text) {
        return Decoded.invalid(new InvalidOrder(clOrdId, symbol,
                OrderRejectReason.UNSUPPORTED_ORDER_CHARACTERISTIC, text));
    }

    private static Decoded incorrectQuantity(String clOrdId, String symbol, String text) {
        return Decoded.invalid(new InvalidOrder(clOrdId, symbol, OrderRejectReason.INCORRECT_QUANTITY, text));
    }
}
