package fixgw.gateway.route;

import fixgw.gateway.order.Rejection;

/** Either the broker to send to, or why the order cannot be routed. */
public record RoutingDecision(String broker, Rejection rejection) {

    public static RoutingDecision to(String broker) {
        return new RoutingDecision(broker, null);
    }

    public static RoutingDecision rejected(Rejection rejection) {
        return new RoutingDecision(null, rejection);
    }

    public boolean isRouted() {
        return broker != null;
    }
}
