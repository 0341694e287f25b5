package fixgw.simulator.venue;

import java.util.Objects;

/** Request to cancel the order currently known as {@code origClOrdId}. */
public record CancelRequest(String clOrdId, String origClOrdId) {
    public CancelRequest {
        Objects.requireNonNull(clOrdId, "clOrdId");
        Objects.requireNonNull(origClOrdId, "origClOrdId");
    }
}
