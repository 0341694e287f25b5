package fixgw.gateway.fix;

import fixgw.gateway.order.Rejection;

/** The result of reading a client message: the domain request, or why it cannot be accepted as sent. */
record Decoded<T>(T value, Rejection rejection) {

    static <T> Decoded<T> of(T value) {
        return new Decoded<>(value, null);
    }

    static <T> Decoded<T> rejected(Rejection rejection) {
        return new Decoded<>(null, rejection);
    }

    boolean isRejected() {
        return rejection != null;
    }
}
