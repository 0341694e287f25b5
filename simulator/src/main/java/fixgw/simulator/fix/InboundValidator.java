package fixgw.simulator.fix;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import quickfix.DataDictionary;
import quickfix.Field;
import quickfix.FieldConvertError;
import quickfix.FieldMap;
import quickfix.FieldNotFound;
import quickfix.FieldType;
import quickfix.FixVersions;
import quickfix.IncorrectDataFormat;
import quickfix.IncorrectTagValue;
import quickfix.Message;
import quickfix.StringField;
import quickfix.field.BeginString;
import quickfix.field.MsgType;
import quickfix.field.converter.BooleanConverter;
import quickfix.field.converter.CharArrayConverter;
import quickfix.field.converter.CharConverter;
import quickfix.field.converter.DoubleConverter;
import quickfix.field.converter.IntConverter;
import quickfix.field.converter.UtcDateOnlyConverter;
import quickfix.field.converter.UtcTimeOnlyConverter;
import quickfix.field.converter.UtcTimestampConverter;

/**
 * QuickFIX/J's validation of inbound messages against the session's data dictionary (ValidateIncomingMessage),
 * done by the simulator with the same dictionary and the same answers, but cheaper for the messages that pass.
 * QuickFIX/J asks the dictionary's hash maps of boxed tags several times for every field of every message: a
 * seventh of the simulator's sampled CPU under load. Here a first pass answers "nothing wrong" from arrays indexed
 * by tag, built once per message type; it is stricter than the dictionary (any unknown tag, empty value, repeating
 * group or unusual field type fails it), and whenever it fails, QuickFIX/J's own {@link DataDictionary#validate}
 * runs and throws what it always threw, so a bad message gets exactly the reject it always got. Thread-safe: the
 * tables are immutable once built, one per message type the dictionary defines (so their number is bounded).
 */
final class InboundValidator {
    /** What the dictionary says of one message type's body: the tags it defines, its groups, its required tags. */
    private record MessageRules(boolean[] fields, boolean[] groups, int[] required) {
    }

    private final DataDictionary dictionary;
    /** The dictionary's FIX version; {@code null} for one without, whose messages all go to QuickFIX/J. */
    private final String version;
    private final int maxTag;
    private final FieldType[] types;
    private final boolean[] enumerated;
    private final boolean[] known;
    private final boolean[] headerGroups;
    private final boolean[] trailerGroups;
    private final int[] requiredHeader;
    private final int[] requiredTrailer;
    private final boolean checksChars;
    private final Map<String, MessageRules> rulesByMsgType = new ConcurrentHashMap<>();

    InboundValidator(DataDictionary dictionary) {
        this.dictionary = dictionary;
        this.version = dictionary.getVersion();
        int max = 0;
        for (int tag : dictionary.getOrderedFields()) {
            max = Math.max(max, tag);
        }
        this.maxTag = max;
        this.types = new FieldType[max + 1];
        this.enumerated = new boolean[max + 1];
        this.known = new boolean[max + 1];
        this.headerGroups = new boolean[max + 1];
        this.trailerGroups = new boolean[max + 1];
        for (int tag = 0; tag <= max; tag++) {
            types[tag] = dictionary.getFieldType(tag);
            enumerated[tag] = dictionary.hasFieldValue(tag);
            known[tag] = dictionary.isField(tag);
            headerGroups[tag] = dictionary.isGroup(DataDictionary.HEADER_ID, tag);
            trailerGroups[tag] = dictionary.isGroup(DataDictionary.TRAILER_ID, tag);
        }
        this.requiredHeader = required(DataDictionary.HEADER_ID);
        this.requiredTrailer = required(DataDictionary.TRAILER_ID);
        this.checksChars = version != null && version.compareTo(FixVersions.BEGINSTRING_FIX41) > 0;
    }

    /**
     * Does nothing if the message is valid; otherwise throws what QuickFIX/J's validation throws for it (and
     * QuickFIX/J answers with a session Reject or a BusinessMessageReject, as it always did).
     */
    void validate(Message message) throws IncorrectTagValue, FieldNotFound, IncorrectDataFormat {
        if (!passes(message)) {
            dictionary.validate(message);
        }
    }

    /** Whether the message certainly passes the dictionary's validation; {@code false} if in any doubt. */
    boolean passes(Message message) {
        if (message.getException() != null || message.groupKeyIterator().hasNext()
                || message.getHeader().groupKeyIterator().hasNext()
                || message.getTrailer().groupKeyIterator().hasNext()) {
            return false;
        }
        String beginString = message.getHeader().getOptionalString(BeginString.FIELD).orElse(null);
        String msgType = message.getHeader().getOptionalString(MsgType.FIELD).orElse(null);
        if (version == null || !version.equals(beginString) || msgType == null) {
            return false;
        }
        MessageRules rules = rulesOf(msgType);
        return rules != null
                && allSet(message.getHeader(), requiredHeader) && allSet(message.getTrailer(), requiredTrailer)
                && allSet(message, rules.required())
                && fieldsPass(message.getHeader(), known, headerGroups)
                && fieldsPass(message.getTrailer(), known, trailerGroups)
                && fieldsPass(message, rules.fields(), rules.groups());
    }

    private MessageRules rulesOf(String msgType) {
        MessageRules rules = rulesByMsgType.get(msgType);
        if (rules == null && dictionary.isMsgType(msgType)) {
            rules = rulesByMsgType.computeIfAbsent(msgType, this::rules);
        }
        return rules;
    }

    private MessageRules rules(String msgType) {
        boolean[] fields = new boolean[maxTag + 1];
        boolean[] groups = new boolean[maxTag + 1];
        for (int tag = 0; tag <= maxTag; tag++) {
            fields[tag] = dictionary.isMsgField(msgType, tag);
            groups[tag] = dictionary.isGroup(msgType, tag);
        }
        return new MessageRules(fields, groups, required(msgType));
    }

    private int[] required(String msgType) {
        List<Integer> required = new ArrayList<>();
        for (int tag = 0; tag <= maxTag; tag++) {
            if (dictionary.isRequiredField(msgType, tag)) {
                required.add(tag);
            }
        }
        return required.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean allSet(FieldMap fields, int[] tags) {
        for (int tag : tags) {
            if (!fields.isSetField(tag)) {
                return false;
            }
        }
        return true;
    }

    private boolean fieldsPass(FieldMap fields, boolean[] allowed, boolean[] groups) {
        for (Iterator<Field<?>> iterator = fields.iterator(); iterator.hasNext(); ) {
            Field<?> field = iterator.next();
            int tag = field.getTag();
            if (!(field instanceof StringField) || tag < 0 || tag > maxTag || !allowed[tag] || groups[tag]) {
                return false;
            }
            String value = ((StringField) field).getValue();
            if (value.isEmpty() || !formatPasses(types[tag], value)
                    || (enumerated[tag] && !dictionary.isFieldValue(tag, value))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The format checks of QuickFIX/J's validation: the same converters for the same field types, except that the
     * usual shapes (a plain decimal number, a timestamp to the millisecond) are recognised first without them: all
     * such text is accepted by QuickFIX/J's converters too.
     */
    private boolean formatPasses(FieldType type, String value) {
        if (type == null) {
            return true;
        }
        try {
            switch (type) {
                case STRING, MULTIPLEVALUESTRING, MULTIPLESTRINGVALUE, EXCHANGE, LOCALMKTDATE, DATA, MONTHYEAR,
                        DAYOFMONTH, COUNTRY -> {
                    return true;
                }
                case MULTIPLECHARVALUE -> CharArrayConverter.convert(value);
                case INT, NUMINGROUP, SEQNUM, LENGTH -> IntConverter.convert(value);
                case PRICE, AMT, QTY, FLOAT, PRICEOFFSET, PERCENTAGE -> {
                    if (!isPlainDecimal(value)) {
                        DoubleConverter.convert(value);
                    }
                }
                case BOOLEAN -> BooleanConverter.convert(value);
                case UTCDATE -> UtcDateOnlyConverter.convert(value);
                case UTCTIMEONLY -> UtcTimeOnlyConverter.convert(value);
                case UTCTIMESTAMP, TIME -> {
                    if (UtcMillisTimestamps.parse(value) == null) {
                        UtcTimestampConverter.convert(value);
                    }
                }
                case CHAR -> {
                    if (checksChars) {
                        CharConverter.convert(value);
                    }
                }
                default -> {
                    // QuickFIX/J checks no other type either
                }
            }
            return true;
        } catch (FieldConvertError e) {
            return false;
        }
    }

    /** Optional minus, digits, optional point and digits: text {@code Double.parseDouble} always accepts. */
    private static boolean isPlainDecimal(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }
}
