package fixgw.gateway.route;

import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Rejection;

/** Routes everything to the one configured broker, and refuses while that broker's session is down. */
public final class SingleBrokerRouter implements Router {

    private final String broker;
    private final BrokerAvailability availability;

    public SingleBrokerRouter(String broker, BrokerAvailability availability) {
        this.broker = broker;
        this.availability = availability;
    }

    @Override
    public RoutingDecision route(ParentOrder parent) {
        if (availability.isAvailable(broker)) {
            return RoutingDecision.to(broker);
        }
        return RoutingDecision.rejected(new Rejection(RejectReason.BROKER_UNAVAILABLE,
                "broker " + broker + " is not logged on"));
    }
}
