package fixgw.gateway.order;

import java.math.BigDecimal;
import java.time.Instant;

/** A cancel/replace of a working child order (new total quantity and price), for its broker. */
public record ChildReplaceRequest(
        String broker,
        String clOrdId,
        String origClOrdId,
        String brokerOrderId,
        String symbol,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        long quantity,
        BigDecimal price,
        Instant transactTime) {
}
