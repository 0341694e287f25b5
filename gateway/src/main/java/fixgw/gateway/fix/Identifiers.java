package fixgw.gateway.fix;

import quickfix.FieldMap;

import java.util.Optional;

/**
 * The identifiers a counterparty sends that the gateway keeps or echoes (ClOrdID, OrigClOrdID, OrderID, Account,
 * Symbol, and a broker's ExecID) must be at most {@link #MAX_LENGTH} characters. The order store writes each with a
 * 16-bit length, and a commit that cannot be written stops the engine for good (it must not send what it could not
 * store): a single order with a ClOrdID of 70,000 characters halted all trading until 2026-12-08. Checked before a
 * message reaches the engine. Free text (a broker's Text) is cut instead ({@link FixValues#text}).
 */
final class Identifiers {

    /** Far above what order systems use (UUIDs are 36), far below what the store can write (65,535 bytes). */
    static final int MAX_LENGTH = 256;

    private static final int[] TAGS = {quickfix.field.ClOrdID.FIELD, quickfix.field.OrigClOrdID.FIELD,
            quickfix.field.OrderID.FIELD, quickfix.field.Account.FIELD, quickfix.field.Symbol.FIELD,
            quickfix.field.ExecID.FIELD};
    private static final String[] NAMES = {"ClOrdID (11)", "OrigClOrdID (41)", "OrderID (37)", "Account (1)",
            "Symbol (55)", "ExecID (17)"};

    private Identifiers() {
    }

    /** Why {@code message} cannot be taken, naming its first identifier that is too long, or empty if none is. */
    static Optional<String> tooLong(FieldMap message) {
        for (int i = 0; i < TAGS.length; i++) {
            Optional<String> value = message.getOptionalString(TAGS[i]);
            if (value.isPresent() && value.get().length() > MAX_LENGTH) {
                return Optional.of(NAMES[i] + " must be at most " + MAX_LENGTH + " characters, was "
                        + value.get().length());
            }
        }
        return Optional.empty();
    }
}
