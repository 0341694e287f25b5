package fixgw.gateway.risk;

import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Rejection;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Refuses new orders while the gateway's storage reports a failure, such as a checkpoint that failed. Commits still
 * reach the journal then, so nothing acknowledged is lost, but what checkpoints cannot move out of the journal piles
 * up in memory and on disk. The gateway therefore takes on no new orders until a checkpoint succeeds, and goes on
 * handling cancels, replaces, status requests and fills for the orders it has.
 */
public final class HealthyStorage implements PreTradeRisk {

    private final Supplier<String> failure;

    /** @param failure why the storage is failing now, or null while it is healthy; read on the engine thread */
    public HealthyStorage(Supplier<String> failure) {
        this.failure = failure;
    }

    @Override
    public Optional<Rejection> check(NewOrderRequest request) {
        String why = failure.get();
        if (why == null) {
            return Optional.empty();
        }
        return Optional.of(new Rejection(RejectReason.STORAGE_FAILING,
                "the gateway's storage is failing (" + why + "): new orders are refused until it recovers"));
    }
}
