package fixgw.gateway.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An execution report for a client, in domain terms. The FIX adapter encodes it field by field.
 *
 * @param origClOrdId  set on reports that answer a cancel or replace, else {@code null}
 * @param price        the order's limit price, {@code null} for market orders
 * @param lastPrice    price of this fill, {@code null} unless {@code execType} is TRADE
 * @param rejectReason set when {@code status} is REJECTED, else {@code null}
 * @param text         free text for the client, {@code null} when there is nothing to say
 */
public record ExecutionReport(
        String session,
        String orderId,
        String clOrdId,
        String origClOrdId,
        String execId,
        ExecType execType,
        OrderStatus status,
        String symbol,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        long orderQuantity,
        BigDecimal price,
        long lastQuantity,
        BigDecimal lastPrice,
        long cumulativeQuantity,
        long leavesQuantity,
        BigDecimal averagePrice,
        RejectReason rejectReason,
        String text,
        String account,
        Instant transactTime) implements ClientMessage {
}
