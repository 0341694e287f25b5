package fixgw.gateway.engine;

/**
 * How far the engine has applied a FIX session's inbound messages: the MsgSeqNum of the latest one applied, in the
 * numbering that began when the session's store was created (or last reset) at {@code sessionCreatedMillis}.
 * Stored with the batch that applied it, so after a crash the session asks its counterparty to resend exactly what
 * came after it: nothing applied is applied twice, and nothing received but not yet applied is lost.
 */
public record InboundPosition(long sessionCreatedMillis, int msgSeqNum) {
}
