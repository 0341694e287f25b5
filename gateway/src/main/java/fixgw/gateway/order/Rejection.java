package fixgw.gateway.order;

import java.util.Objects;

/** A refusal with the reason code and a text that names the rule and the offending value. */
public record Rejection(RejectReason reason, String text) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(text, "text");
    }
}
