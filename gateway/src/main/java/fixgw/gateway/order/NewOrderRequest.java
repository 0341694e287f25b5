package fixgw.gateway.order;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A client's NewOrderSingle, already translated to domain values and checked for well-formedness by the adapter.
 *
 * @param session       the client session the order arrived on (opaque key chosen by the adapter)
 * @param clOrdId       the client's order id, unique per session
 * @param price         limit price, {@code null} for market orders
 * @param account       the client's account, {@code null} when not given
 * @param receivedNanos monotonic receive time, for latency measurement only
 */
public record NewOrderRequest(
        String session,
        String clOrdId,
        String symbol,
        Side side,
        OrderType type,
        TimeInForce timeInForce,
        long quantity,
        BigDecimal price,
        String account,
        long receivedNanos) implements Command {

    public NewOrderRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(clOrdId, "clOrdId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeInForce, "timeInForce");
    }

    @Override
    public void dispatchTo(CommandHandler handler) {
        handler.onNewOrder(this);
    }
}
