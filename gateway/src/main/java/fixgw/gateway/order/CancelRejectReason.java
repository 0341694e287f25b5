package fixgw.gateway.order;

/** Why a cancel or cancel/replace request was refused (FIX CxlRejReason without the codes). */
public enum CancelRejectReason {
    TOO_LATE_TO_CANCEL,
    UNKNOWN_ORDER,
    ALREADY_PENDING,
    DUPLICATE_CLORDID,
    OTHER
}
