package fixgw.gateway.order;

import java.math.BigDecimal;

/**
 * A client cancel or cancel/replace that was forwarded and awaits the broker's answer.
 *
 * @param clOrdId  the client's ClOrdID of the request: the order takes it when the change succeeds
 * @param quantity new total quantity (replace only)
 * @param price    new limit price (replace only; {@code null} keeps the current price)
 */
public record PendingChange(Kind kind, String clOrdId, long quantity, BigDecimal price) {

    public enum Kind {
        CANCEL,
        REPLACE
    }

    public static PendingChange cancel(String clOrdId) {
        return new PendingChange(Kind.CANCEL, clOrdId, 0, null);
    }

    public static PendingChange replace(String clOrdId, long quantity, BigDecimal price) {
        return new PendingChange(Kind.REPLACE, clOrdId, quantity, price);
    }

    public boolean isCancel() {
        return kind == Kind.CANCEL;
    }
}
