package fixgw.gateway.config;

/**
 * How much the gateway keeps in memory, so memory stays bounded however many orders pass.
 *
 * @param messagesPerSession sent messages kept per FIX session to answer resend requests (older ones are
 *                           gap-filled)
 * @param terminalOrders     finished orders kept in memory for status requests and duplicate-ClOrdID checks;
 *                           the oldest are forgotten beyond this
 */
public record RetentionConfig(Integer messagesPerSession, Integer terminalOrders) {

    void validate(String field, ConfigErrors errors) {
        errors.requirePositive(field + ".messagesPerSession", messagesPerSession);
        errors.requirePositive(field + ".terminalOrders", terminalOrders);
    }
}
