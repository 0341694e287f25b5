package fixgw.simulator.venue;

import java.util.Objects;

/**
 * A new order the FIX adapter could not translate (unsupported side, type or time in force, fractional
 * quantity). The venue still records it as rejected so a later cancel is answered "too late", not "unknown".
 */
public record InvalidOrder(String clOrdId, String symbol, OrderRejectReason reason, String text) {
    public InvalidOrder {
        Objects.requireNonNull(clOrdId, "clOrdId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
    }
}
