package fixgw.simulator.client;

import java.math.BigDecimal;
import java.util.function.Predicate;
import quickfix.FieldMap;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;

/** Null-safe readers and predicates over received messages, for await helpers and printing. */
public final class FixFields {
    private FixFields() {
    }

    public static String msgType(Message message) {
        return text(message.getHeader(), MsgType.FIELD);
    }

    /** The field's text, or {@code ""} when absent. */
    public static String text(FieldMap fields, int tag) {
        return fields.getOptionalString(tag).orElse("");
    }

    /** The field as an exact decimal, or {@code null} when absent. */
    public static BigDecimal decimal(FieldMap fields, int tag) {
        return fields.getOptionalDecimal(tag).orElse(null);
    }

    /** The field's first character, or {@code 0} when absent. */
    public static char code(FieldMap fields, int tag) {
        String value = text(fields, tag);
        return value.isEmpty() ? 0 : value.charAt(0);
    }

    public static Predicate<Message> ofType(String msgType) {
        return message -> msgType.equals(msgType(message));
    }

    /** ExecutionReports for {@code clOrdId}, any ExecType. */
    public static Predicate<Message> executionReport(String clOrdId) {
        return ofType(MsgType.EXECUTION_REPORT).and(message -> clOrdId.equals(text(message, ClOrdID.FIELD)));
    }

    /** ExecutionReports for {@code clOrdId} with this ExecType (e.g. {@code ExecType.TRADE}). */
    public static Predicate<Message> executionReport(String clOrdId, char execType) {
        return executionReport(clOrdId).and(message -> code(message, ExecType.FIELD) == execType);
    }

    /** OrderCancelReject answering the cancel/replace request {@code clOrdId}. */
    public static Predicate<Message> cancelReject(String clOrdId) {
        return ofType(MsgType.ORDER_CANCEL_REJECT).and(message -> clOrdId.equals(text(message, ClOrdID.FIELD)));
    }
}
