package fixgw.gateway.order;

import java.time.Instant;

/**
 * A refused cancel or cancel/replace request, for the client (FIX OrderCancelReject).
 *
 * @param orderId     the gateway order id, or {@code NONE} when the order is unknown
 * @param status      the order's status after the refusal ({@code REJECTED} when the order is unknown)
 * @param toReplace   {@code true} when the refused request was a cancel/replace, {@code false} for a cancel
 */
public record CancelReject(
        String session,
        String orderId,
        String clOrdId,
        String origClOrdId,
        OrderStatus status,
        boolean toReplace,
        CancelRejectReason reason,
        String text,
        Instant transactTime) implements ClientMessage {
}
