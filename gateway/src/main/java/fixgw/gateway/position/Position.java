package fixgw.gateway.position;

import fixgw.gateway.order.Side;

import java.math.BigDecimal;

/**
 * What one client session has bought and sold of one symbol, from the fills the gateway applied: quantities and
 * notional (quantity times price, exact). Net quantity and average prices follow from them.
 *
 * <p>Immutable: a fill makes a new one.
 */
public record Position(String session, String symbol, long boughtQuantity, BigDecimal boughtNotional,
                       long soldQuantity, BigDecimal soldNotional) {

    public static Position flat(String session, String symbol) {
        return new Position(session, symbol, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    /** This position after a fill of {@code quantity} at {@code price} on {@code side}. */
    public Position plus(Side side, long quantity, BigDecimal price) {
        BigDecimal notional = price.multiply(BigDecimal.valueOf(quantity));
        if (side == Side.BUY) {
            return new Position(session, symbol, boughtQuantity + quantity, boughtNotional.add(notional),
                    soldQuantity, soldNotional);
        }
        return new Position(session, symbol, boughtQuantity, boughtNotional, soldQuantity + quantity,
                soldNotional.add(notional));
    }

    /** Bought minus sold: positive long, negative short. */
    public long netQuantity() {
        return boughtQuantity - soldQuantity;
    }

    public PositionKey key() {
        return new PositionKey(session, symbol);
    }
}
