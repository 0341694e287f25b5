package fixgw.simulator.venue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the venue did in answer to a request, in the order the counterparty must be told. The FIX adapter
 * turns each event into one outbound message.
 */
public sealed interface VenueEvent {

    /** The order was accepted and is working (ExecType New). */
    record OrderAccepted(OrderSnapshot order) implements VenueEvent {
    }

    /** The new order was refused (ExecType Rejected). */
    record OrderRejected(OrderSnapshot order, OrderRejectReason reason, String text) implements VenueEvent {
    }

    /**
     * One execution (ExecType Trade).
     *
     * @param commission what the broker charges for this execution; zero on a static quote
     * @param time       market time of the execution (its TransactTime), or {@code null} for "when reported"
     */
    record OrderFilled(OrderSnapshot order, long lastQuantity, BigDecimal lastPrice, BigDecimal commission,
                       Instant time) implements VenueEvent {
        /** An execution without commission, at the time it is reported. */
        public OrderFilled(OrderSnapshot order, long lastQuantity, BigDecimal lastPrice) {
            this(order, lastQuantity, lastPrice, BigDecimal.ZERO, null);
        }
    }

    /**
     * A day order's remainder ended at the session close (ExecType Expired).
     *
     * @param time the close it expired at (its TransactTime)
     */
    record OrderExpired(OrderSnapshot order, Instant time) implements VenueEvent {
    }

    /** The order was canceled, on request or because an IOC remainder cannot rest (ExecType Canceled). */
    record OrderCanceled(OrderSnapshot order) implements VenueEvent {
    }

    /** The order was amended (ExecType Replaced). */
    record OrderReplaced(OrderSnapshot order) implements VenueEvent {
    }

    /**
     * A cancel or replace was refused (OrderCancelReject).
     *
     * @param orderId     the order's id, or {@code "NONE"} when the order is unknown
     * @param orderStatus the order's current status, or {@code null} when the order is unknown
     */
    record CancelRejected(String clOrdId, String origClOrdId, String orderId, OrderStatus orderStatus,
                          CancelRejectReason reason, CancelRequestKind responseTo, String text)
            implements VenueEvent {
    }

    /** Answer to a status request for a known order (ExecType OrderStatus). */
    record StatusReported(OrderSnapshot order) implements VenueEvent {
    }

    /** Answer to a status request for an order the venue never saw. */
    record UnknownOrderStatus(String clOrdId) implements VenueEvent {
    }
}
