package fixgw.e2e;

import fixgw.simulator.ledger.LedgerEntry;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * The simulator's statement of the executions it made for the gateway, summed the ways the gateway's books can be
 * checked against it. The gateway's child ClOrdIDs are its order id, a dot and a request number, so an execution
 * belongs to the order whose id prefixes its ClOrdID.
 */
final class BrokerLedger {

    private final List<LedgerEntry> entries;

    BrokerLedger(List<LedgerEntry> entries, String gatewaySession) {
        this.entries = entries.stream().filter(entry -> entry.session().equals(gatewaySession)).toList();
    }

    List<LedgerEntry> entries() {
        return entries;
    }

    /** The gateway order an execution belongs to: its child ClOrdID up to the last dot. */
    static String gatewayOrderIdOf(LedgerEntry entry) {
        int dot = entry.clOrdId().lastIndexOf('.');
        return dot < 0 ? entry.clOrdId() : entry.clOrdId().substring(0, dot);
    }

    /** What the broker executed for the gateway order {@code gatewayOrderId}. */
    long quantityOf(String gatewayOrderId) {
        return quantity(entry -> gatewayOrderIdOf(entry).equals(gatewayOrderId));
    }

    long quantity(String symbol, boolean buy) {
        return quantity(side(symbol, buy));
    }

    BigDecimal notional(String symbol, boolean buy) {
        return entries.stream().filter(side(symbol, buy))
                .map(entry -> entry.price().multiply(BigDecimal.valueOf(entry.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private long quantity(Predicate<LedgerEntry> which) {
        return entries.stream().filter(which).mapToLong(LedgerEntry::quantity).sum();
    }

    private static Predicate<LedgerEntry> side(String symbol, boolean buy) {
        return entry -> entry.symbol().equals(symbol) && entry.side().isBuy() == buy;
    }
}
