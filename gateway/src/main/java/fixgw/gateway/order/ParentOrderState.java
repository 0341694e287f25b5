package fixgw.gateway.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything a {@link ParentOrder} is, with its children, as plain immutable values: what a state store writes
 * and recovery reads.
 *
 * @param clientClOrdIds every ClOrdID the client used on this order (new, cancels, replaces), oldest first
 * @param pendingChange  the cancel or replace awaiting the broker, or {@code null}
 * @param brokerRequests how many ClOrdIDs the gateway has used towards brokers for this order
 */
public record ParentOrderState(
        String orderId,
        String session,
        String clOrdId,
        List<String> clientClOrdIds,
        String symbol,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        String account,
        long quantity,
        BigDecimal price,
        OrderStatus status,
        PendingChange pendingChange,
        long cumulativeQuantity,
        BigDecimal filledNotional,
        int brokerRequests,
        List<ChildOrderState> children) {

    public ParentOrderState {
        clientClOrdIds = List.copyOf(clientClOrdIds);
        children = List.copyOf(children);
    }
}
