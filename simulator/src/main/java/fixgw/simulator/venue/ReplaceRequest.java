package fixgw.simulator.venue;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Request to amend the order currently known as {@code origClOrdId}; absent values keep the order's own.
 */
public record ReplaceRequest(String clOrdId, String origClOrdId, OptionalLong newQuantity,
                             Optional<BigDecimal> newLimitPrice, Optional<BigDecimal> newStopPrice) {
    public ReplaceRequest {
        Objects.requireNonNull(clOrdId, "clOrdId");
        Objects.requireNonNull(origClOrdId, "origClOrdId");
        Objects.requireNonNull(newQuantity, "newQuantity");
        Objects.requireNonNull(newLimitPrice, "newLimitPrice");
        Objects.requireNonNull(newStopPrice, "newStopPrice");
    }

    /** A replace that keeps the stop price. */
    public ReplaceRequest(String clOrdId, String origClOrdId, OptionalLong newQuantity,
                          Optional<BigDecimal> newLimitPrice) {
        this(clOrdId, origClOrdId, newQuantity, newLimitPrice, Optional.empty());
    }
}
