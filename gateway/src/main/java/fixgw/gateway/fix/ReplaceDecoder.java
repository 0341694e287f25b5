package fixgw.gateway.fix;

import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.Rejection;
import fixgw.gateway.order.ReplaceRequest;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads an OrderCancelReplaceRequest (G). A malformed one still becomes a request, carrying its problem, so that
 * the engine refuses it with the order's real state.
 */
final class ReplaceDecoder {

    ReplaceRequest decode(Message message, String session, long receivedNanos) throws FieldNotFound {
        String clOrdId = message.getString(ClOrdID.FIELD);
        String origClOrdId = message.getString(OrigClOrdID.FIELD);
        Decoded<Long> quantity = NewOrderDecoder.quantity(message);
        BigDecimal price = FixValues.optionalDecimal(message, Price.FIELD);
        String problem = quantity.isRejected() ? quantity.rejection().text() : null;
        if (problem == null && price != null) {
            Optional<OrderType> type = FixCodes.orderType(message.getChar(OrdType.FIELD));
            problem = NewOrderDecoder.priceProblem(type.orElse(OrderType.LIMIT), price)
                    .map(Rejection::text).orElse(null);
        }
        return new ReplaceRequest(session, clOrdId, origClOrdId, quantity.isRejected() ? 0 : quantity.value(),
                problem == null ? Prices.bounded(price) : null, problem, receivedNanos);
    }
}
