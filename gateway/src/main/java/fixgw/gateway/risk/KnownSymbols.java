package fixgw.gateway.risk;

import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Rejection;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Only configured instruments may be traded. */
public final class KnownSymbols implements PreTradeRisk {

    private final Set<String> symbols;

    public KnownSymbols(Collection<String> symbols) {
        this.symbols = Set.copyOf(symbols);
    }

    @Override
    public Optional<Rejection> check(NewOrderRequest request) {
        if (symbols.contains(request.symbol())) {
            return Optional.empty();
        }
        return Optional.of(new Rejection(RejectReason.UNKNOWN_SYMBOL,
                "unknown symbol '" + request.symbol() + "': not a configured instrument"));
    }
}
