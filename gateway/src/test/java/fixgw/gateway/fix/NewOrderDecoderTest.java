package fixgw.gateway.fix;

import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import quickfix.Message;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrderQty;
import quickfix.field.Price;
import quickfix.field.Symbol;
import quickfix.fix44.NewOrderSingle;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NewOrderDecoderTest {

    private final NewOrderDecoder decoder = new NewOrderDecoder();

    private static Message order(char side, char ordType, String qty, String price, Character tif) {
        Message message = new NewOrderSingle();
        message.setString(ClOrdID.FIELD, "C1");
        message.setString(Symbol.FIELD, "AAPL");
        message.setChar(quickfix.field.Side.FIELD, side);
        message.setChar(OrdType.FIELD, ordType);
        if (qty != null) {
            message.setString(OrderQty.FIELD, qty);
        }
        if (price != null) {
            message.setString(Price.FIELD, price);
        }
        if (tif != null) {
            message.setChar(quickfix.field.TimeInForce.FIELD, tif);
        }
        return message;
    }

    @Test
    void readsALimitOrderIntoDomainTerms() throws Exception {
        Message message = order('1', '2', "300", "190.015", '3');
        message.setString(Account.FIELD, "ACC1");

        Decoded<NewOrderRequest> decoded = decoder.decode(message, "CLIENT1", 42);

        assertThat(decoded.isRejected()).isFalse();
        assertThat(decoded.value()).isEqualTo(new NewOrderRequest("CLIENT1", "C1", "AAPL", Side.BUY,
                OrderType.LIMIT, TimeInForce.IMMEDIATE_OR_CANCEL, 300, new BigDecimal("190.015"), "ACC1", 42));
    }

    @Test
    void defaultsTimeInForceToDay() throws Exception {
        Decoded<NewOrderRequest> decoded = decoder.decode(order('5', '1', "10", null, null), "CLIENT1", 0);

        assertThat(decoded.value().timeInForce()).isEqualTo(TimeInForce.DAY);
        assertThat(decoded.value().side()).isEqualTo(Side.SELL_SHORT);
        assertThat(decoded.value().price()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zero quantity          | 1 | 1 | 0     |        |   | INCORRECT_QUANTITY               | OrderQty (38) must be positive, was 0",
        "negative quantity      | 1 | 1 | -5    |        |   | INCORRECT_QUANTITY               | OrderQty (38) must be positive, was -5",
        "fractional quantity    | 1 | 1 | 10.5  |        |   | INCORRECT_QUANTITY               | OrderQty (38) must be a whole number of shares, was 10.5",
        "missing quantity       | 1 | 1 |       |        |   | INCORRECT_QUANTITY               | OrderQty (38) is required",
        "limit without price    | 1 | 2 | 10    |        |   | OTHER                            | Price (44) is required for a limit order",
        "market with price      | 1 | 1 | 10    | 190    |   | OTHER                            | Price (44) is not allowed on a market order",
        "negative price         | 1 | 2 | 10    | -1     |   | OTHER                            | Price (44) must be positive, was -1",
        "stop order             | 1 | 3 | 10    |        |   | UNSUPPORTED_ORDER_CHARACTERISTIC | OrdType (40) '3' is not supported",
        "fill or kill           | 1 | 1 | 10    |        | 4 | UNSUPPORTED_ORDER_CHARACTERISTIC | TimeInForce (59) '4' is not supported",
        "buy minus side         | 3 | 1 | 10    |        |   | UNSUPPORTED_ORDER_CHARACTERISTIC | Side (54) '3' is not supported",
    })
    void rejectsWhatTheGatewayDoesNotAccept(String name, char side, char ordType, String qty, String price,
                                            Character tif, RejectReason reason, String text) throws Exception {
        Decoded<NewOrderRequest> decoded = decoder.decode(order(side, ordType, qty, price, tif), "CLIENT1", 0);

        assertThat(decoded.isRejected()).isTrue();
        assertThat(decoded.rejection().reason()).isEqualTo(reason);
        assertThat(decoded.rejection().text()).startsWith(text);
    }
}
