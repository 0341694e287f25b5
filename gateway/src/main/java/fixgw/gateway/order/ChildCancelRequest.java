package fixgw.gateway.order;

import java.time.Instant;

/** A cancel of a working child order, for its broker. */
public record ChildCancelRequest(
        String broker,
        String clOrdId,
        String origClOrdId,
        String brokerOrderId,
        String symbol,
        Side side,
        long quantity,
        Instant transactTime) {
}
