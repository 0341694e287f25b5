package fixgw.simulator.client;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import quickfix.Message;
import quickfix.UtcTimestampPrecision;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;
import quickfix.fix44.NewOrderSingle;
import quickfix.fix44.OrderCancelReplaceRequest;
import quickfix.fix44.OrderCancelRequest;
import quickfix.fix44.OrderStatusRequest;

/**
 * Builds the client's FIX 4.4 requests. Codes are FIX chars (use QuickFIX/J constants such as
 * {@code Side.BUY}, {@code OrdType.LIMIT}, {@code TimeInForce.IMMEDIATE_OR_CANCEL}); any code passes through
 * unchecked so a test can provoke a reject. Quantities and prices are written exactly, never via
 * {@code double}. Thread-safe.
 */
public final class OrderMessages {
    private final Clock clock;

    /** @param clock stamps TransactTime */
    public OrderMessages(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param price       limit price, or {@code null} for none
     * @param timeInForce TimeInForce code, or {@code null} to leave the field out (Day)
     */
    public Message newOrderSingle(String clOrdId, String symbol, char side, char ordType, BigDecimal quantity,
                                  BigDecimal price, Character timeInForce) {
        Message message = new NewOrderSingle();
        message.setString(ClOrdID.FIELD, clOrdId);
        message.setString(Symbol.FIELD, symbol);
        message.setChar(Side.FIELD, side);
        message.setChar(OrdType.FIELD, ordType);
        message.setDecimal(OrderQty.FIELD, quantity);
        if (price != null) {
            message.setDecimal(Price.FIELD, price);
        }
        if (timeInForce != null) {
            message.setChar(TimeInForce.FIELD, timeInForce);
        }
        stampTransactTime(message);
        return message;
    }

    /** Whole-share convenience for {@link #newOrderSingle(String, String, char, char, BigDecimal, BigDecimal, Character)}. */
    public Message newOrderSingle(String clOrdId, String symbol, char side, char ordType, long quantity,
                                  BigDecimal price, Character timeInForce) {
        return newOrderSingle(clOrdId, symbol, side, ordType, BigDecimal.valueOf(quantity), price, timeInForce);
    }

    public Message cancel(String clOrdId, String origClOrdId, String symbol, char side) {
        Message message = new OrderCancelRequest();
        message.setString(ClOrdID.FIELD, clOrdId);
        message.setString(OrigClOrdID.FIELD, origClOrdId);
        message.setString(Symbol.FIELD, symbol);
        message.setChar(Side.FIELD, side);
        stampTransactTime(message);
        return message;
    }

    /** @param quantity new OrderQty or {@code null}; @param price new Price or {@code null} */
    public Message replace(String clOrdId, String origClOrdId, String symbol, char side, char ordType,
                           BigDecimal quantity, BigDecimal price) {
        Message message = new OrderCancelReplaceRequest();
        message.setString(ClOrdID.FIELD, clOrdId);
        message.setString(OrigClOrdID.FIELD, origClOrdId);
        message.setString(Symbol.FIELD, symbol);
        message.setChar(Side.FIELD, side);
        message.setChar(OrdType.FIELD, ordType);
        if (quantity != null) {
            message.setDecimal(OrderQty.FIELD, quantity);
        }
        if (price != null) {
            message.setDecimal(Price.FIELD, price);
        }
        stampTransactTime(message);
        return message;
    }

    public Message statusRequest(String clOrdId, String symbol, char side) {
        Message message = new OrderStatusRequest();
        message.setString(ClOrdID.FIELD, clOrdId);
        message.setString(Symbol.FIELD, symbol);
        message.setChar(Side.FIELD, side);
        return message;
    }

    private void stampTransactTime(Message message) {
        message.setUtcTimeStamp(TransactTime.FIELD, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                UtcTimestampPrecision.MILLIS);
    }
}
