package fixgw.simulator.venue;

/** Why the venue refused a cancel or a replace (mapped to CxlRejReason by the FIX adapter). */
public enum CancelRejectReason {
    TOO_LATE_TO_CANCEL,
    UNKNOWN_ORDER,
    OTHER
}
