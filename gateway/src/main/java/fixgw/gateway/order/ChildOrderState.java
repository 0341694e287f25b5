package fixgw.gateway.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Everything a {@link ChildOrder} is, as plain immutable values: what a state store writes and recovery reads.
 *
 * @param clOrdIds       every ClOrdID the gateway used towards the broker for this child, oldest first
 * @param appliedExecIds the broker executions already applied, so a resend after recovery is still ignored
 */
public record ChildOrderState(
        String broker,
        String clOrdId,
        List<String> clOrdIds,
        long quantity,
        BigDecimal price,
        String brokerOrderId,
        OrderStatus status,
        long cumulativeQuantity,
        Set<String> appliedExecIds) {

    public ChildOrderState {
        clOrdIds = List.copyOf(clOrdIds);
        appliedExecIds = Set.copyOf(appliedExecIds);
    }
}
