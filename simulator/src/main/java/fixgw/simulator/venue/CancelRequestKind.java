package fixgw.simulator.venue;

/** Which request a cancel reject answers (CxlRejResponseTo in FIX). */
public enum CancelRequestKind {
    CANCEL,
    REPLACE
}
