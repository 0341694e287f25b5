package fixgw.gateway.order;

import java.math.BigDecimal;

/**
 * A client's OrderCancelReplaceRequest: a new total quantity and, for limit orders, a new price.
 *
 * @param price   the new limit price, {@code null} to keep the current one
 * @param problem why the request is malformed (the adapter could not read it), or {@code null}: a malformed
 *                request still goes to the engine so the refusal reports the order's real state
 */
public record ReplaceRequest(
        String session,
        String clOrdId,
        String origClOrdId,
        long quantity,
        BigDecimal price,
        String problem,
        long receivedNanos) implements Command {

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onReplace(this);
    }
}
