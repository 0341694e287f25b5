package fixgw.gateway.order;

import java.math.BigDecimal;
import java.time.Instant;

/** A new child order for a broker. */
public record ChildOrderRequest(
        String broker,
        String clOrdId,
        String symbol,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        long quantity,
        BigDecimal price,
        String account,
        Instant transactTime) {
}
