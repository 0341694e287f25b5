package fixgw.gateway.order;

/** What an execution report tells the client happened (FIX ExecType without the FIX codes). */
public enum ExecType {
    NEW,
    TRADE,
    CANCELED,
    REPLACED,
    PENDING_CANCEL,
    PENDING_REPLACE,
    REJECTED,
    EXPIRED,
    ORDER_STATUS
}
