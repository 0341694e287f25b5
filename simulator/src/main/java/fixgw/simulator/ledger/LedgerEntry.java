package fixgw.simulator.ledger;

import fixgw.simulator.venue.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One execution the simulator made, as the broker's statement shows it. Immutable.
 *
 * @param session    the counterparty's CompID (e.g. {@code GATEWAY})
 * @param commission what the execution was charged (also in the ExecutionReport's Commission field)
 */
public record LedgerEntry(Instant time, String session, String orderId, String clOrdId, String execId,
                          String symbol, Side side, long quantity, BigDecimal price, BigDecimal commission) {
    public LedgerEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(clOrdId, "clOrdId");
        Objects.requireNonNull(execId, "execId");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(commission, "commission");
    }
}
