package fixgw.gateway.position;

/** Which position: a client session's holding in one symbol. */
public record PositionKey(String session, String symbol) {
}
