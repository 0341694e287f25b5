package fixgw.gateway.config;

/**
 * How much the gateway keeps in memory, so memory stays bounded however many orders pass.
 *
 * @param messagesPerSession sent messages kept per FIX session to answer resend requests (older ones are
 *                           gap-filled)
 * @param terminalOrders     finished orders kept in memory for status requests and duplicate-ClOrdID checks;
 *                           the oldest are forgotten beyond this (they stay in the store)
 * @param storedOrders       orders kept in the data directory, live and finished; beyond this the oldest finished
 *                           ones are removed, so the files stay bounded. At least {@code terminalOrders}.
 */
public record RetentionConfig(Integer messagesPerSession, Integer terminalOrders, Integer storedOrders) {

    void validate(String field, ConfigErrors errors) {
        errors.requirePositive(field + ".messagesPerSession", messagesPerSession);
        errors.requirePositive(field + ".terminalOrders", terminalOrders);
        errors.requirePositive(field + ".storedOrders", storedOrders);
        if (terminalOrders != null && storedOrders != null && storedOrders < terminalOrders) {
            errors.add(field + ".storedOrders", storedOrders, "must be at least terminalOrders (" + terminalOrders
                    + "): an order leaves the store only after it has left memory");
        }
    }
}
