package fixgw.gateway.route;

import fixgw.gateway.order.ParentOrder;

/** Chooses the broker for an order's child orders. Called on the engine thread. */
@FunctionalInterface
public interface Router {

    RoutingDecision route(ParentOrder parent);
}
