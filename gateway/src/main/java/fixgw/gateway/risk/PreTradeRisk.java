package fixgw.gateway.risk;

import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.Rejection;

import java.util.List;
import java.util.Optional;

/**
 * A pre-trade check run on the engine thread for every new order before anything is routed. Returns the
 * rejection, or empty when the order may go on.
 */
@FunctionalInterface
public interface PreTradeRisk {

    Optional<Rejection> check(NewOrderRequest request);

    /** Runs the checks in order; the first rejection wins. */
    static PreTradeRisk allOf(List<PreTradeRisk> checks) {
        List<PreTradeRisk> copy = List.copyOf(checks);
        return request -> {
            for (PreTradeRisk check : copy) {
                Optional<Rejection> rejection = check.check(request);
                if (rejection.isPresent()) {
                    return rejection;
                }
            }
            return Optional.empty();
        };
    }
}
