package fixgw.e2e;

import fixgw.simulator.client.FixFields;
import quickfix.Message;
import quickfix.field.AvgPx;
import quickfix.field.CumQty;
import quickfix.field.OrdStatus;
import quickfix.field.OrderID;

import java.math.BigDecimal;

/**
 * What the gateway answers about one client order, from an ExecutionReport (a status answer or a report the
 * client received).
 *
 * @param orderId the gateway's order id, {@code NONE} when it does not know the order
 */
record GatewayOrderStatus(String orderId, char ordStatus, BigDecimal cumQty, BigDecimal avgPx) {

    private static final String UNKNOWN_ORDER_ID = "NONE";

    static GatewayOrderStatus of(Message report) {
        return new GatewayOrderStatus(FixFields.text(report, OrderID.FIELD), FixFields.code(report, OrdStatus.FIELD),
                FixFields.decimal(report, CumQty.FIELD), FixFields.decimal(report, AvgPx.FIELD));
    }

    boolean isKnown() {
        return !UNKNOWN_ORDER_ID.equals(orderId);
    }

    /** Filled, canceled, rejected or expired: nothing more will happen to the order. */
    boolean isFinal() {
        return ordStatus == OrdStatus.FILLED || ordStatus == OrdStatus.CANCELED || ordStatus == OrdStatus.REJECTED
                || ordStatus == OrdStatus.EXPIRED;
    }

    /** Working at the broker with no cancel or replace pending: the client may cancel it. */
    boolean isCancelable() {
        return ordStatus == OrdStatus.NEW || ordStatus == OrdStatus.PARTIALLY_FILLED;
    }

    /** Same status, CumQty and AvgPx (numbers by value). */
    boolean agreesWith(GatewayOrderStatus other) {
        return ordStatus == other.ordStatus && cumQty.compareTo(other.cumQty) == 0
                && avgPx.compareTo(other.avgPx) == 0;
    }
}
