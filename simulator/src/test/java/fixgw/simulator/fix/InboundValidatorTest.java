package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import quickfix.DataDictionary;
import quickfix.FieldException;
import quickfix.Message;

class InboundValidatorTest {
    private static final char SOH = '\u0001';
    private static final String HEADER = "8=FIX.4.4|9=0|35=D|34=2|49=DIRECT|52=20261125-18:00:00.000|56=SIM|";
    private static final String ORDER = "11=A1|21=1|38=100|40=2|44=190.02|54=1|55=AAPL|59=0|60=20261125-18:00:00.000|";
    private static final String CANCEL = HEADER.replace("35=D", "35=F")
            + "11=C1|41=A1|54=1|55=AAPL|60=20261125-18:00:00.000|38=100|";
    private static final String REPLACE = HEADER.replace("35=D", "35=G")
            + "11=R1|41=A1|21=1|38=200|40=2|44=190|54=1|55=AAPL|60=20261125-18:00:00.000|";
    private static final String STATUS = HEADER.replace("35=D", "35=H") + "11=A1|54=1|55=AAPL|";
    private static final List<String> MESSAGES = List.of(
            HEADER + ORDER,
            HEADER + ORDER + "15=USD|1=ACC1|",
            HEADER + ORDER.replace("60=20261125-18:00:00.000|", ""),
            HEADER + ORDER.replace("11=A1|", ""),
            HEADER + ORDER.replace("54=1", "54=X"),
            HEADER + ORDER.replace("54=1", "54=12"),
            HEADER + ORDER.replace("38=100", "38=abc"),
            HEADER + ORDER.replace("44=190.02", "44=1.9e2"),
            HEADER + ORDER.replace("44=190.02", "44=.5"),
            HEADER + ORDER.replace("44=190.02", "44=5."),
            HEADER + ORDER.replace("44=190.02", "44=-0.5"),
            HEADER + ORDER.replace("44=190.02", "44=+0.5"),
            HEADER + ORDER.replace("44=190.02", "44=."),
            HEADER + ORDER.replace("44=190.02", "44=-"),
            HEADER + ORDER.replace("44=190.02", "44=1.2.3"),
            HEADER + ORDER.replace("44=190.02", "44=NaN"),
            HEADER + ORDER.replace("44=190.02", "44= 1"),
            HEADER + ORDER.replace("38=100", "38=1e400"),
            HEADER + ORDER.replace("60=20261125-18:00:00.000", "60=20261131-18:00:00.000"),
            HEADER + ORDER.replace("60=20261125-18:00:00.000", "60=20261125-18:00:00.123456"),
            HEADER + ORDER.replace("60=20261125-18:00:00.000", "60=20261125-18:00:0x.000"),
            HEADER + ORDER.replace("40=2", "40="),
            HEADER + ORDER.replace("60=20261125-18:00:00.000", "60=20261125-25:00:00.000"),
            HEADER + ORDER.replace("60=20261125-18:00:00.000", "60=20261125-18:00:00"),
            HEADER + ORDER + "262=MD1|",
            HEADER + ORDER + "4999=x|",
            HEADER + ORDER + "5001=user|",
            HEADER + ORDER + "114=Y|",
            HEADER + ORDER + "114=maybe|",
            HEADER + ORDER + "453=1|448=P1|447=D|452=1|",
            HEADER + ORDER + "453=2|448=P1|447=D|452=1|",
            HEADER + ORDER + "453=1|448=P1|447=Q|452=1|",
            HEADER + ORDER.replace("55=AAPL|", "55=AAPL|55=MSFT|"),
            HEADER + ORDER + "34=3|",
            HEADER.replace("34=2", "34=two") + ORDER,
            HEADER.replace("|49=DIRECT", "") + ORDER,
            HEADER.replace("|49=DIRECT", "|49=DIRECT|50=DESK") + ORDER,
            HEADER.replace("|49=DIRECT", "|49=DIRECT|97=Y") + ORDER,
            HEADER.replace("|49=DIRECT", "|49=DIRECT|97=YES") + ORDER,
            HEADER.replace("|56=SIM", "|627=1|628=HOP|56=SIM") + ORDER,
            HEADER.replace("35=D", "35=ZZ") + ORDER,
            CANCEL,
            HEADER.replace("35=D", "35=F") + "11=C1|54=1|55=AAPL|60=20261125-18:00:00.000|",
            REPLACE,
            STATUS,
            HEADER.replace("35=D", "35=V") + "262=MD1|263=0|264=1|267=2|269=0|269=1|146=1|55=AAPL|",
            HEADER.replace("35=D", "35=0"),
            HEADER.replace("35=D", "35=1") + "112=T1|",
            HEADER.replace("35=D", "35=A") + "98=0|108=30|141=Y|",
            HEADER.replace("35=D", "35=A") + "98=9|108=30|");

    @Test
    void answersEveryMessageAsTheDataDictionaryDoesWhateverItsSettings() throws Exception {
        List<String> differences = new ArrayList<>();
        for (int flags = 0; flags < 8; flags++) {
            DataDictionary dictionary = new DataDictionary("FIX44.xml");
            dictionary.setAllowUnknownMessageFields((flags & 1) != 0);
            dictionary.setCheckUserDefinedFields((flags & 2) != 0);
            dictionary.setCheckFieldsHaveValues((flags & 4) != 0);
            InboundValidator validator = new InboundValidator(dictionary);
            for (String text : MESSAGES) {
                String fix = withLengthAndChecksum(text);
                String quickFix = outcome(parse(fix, dictionary), dictionary::validate);
                Message message = parse(fix, dictionary);
                String simulator = outcome(message, validator::validate);
                if (!quickFix.equals(simulator)) {
                    differences.add("flags " + flags + " " + text + ": QuickFIX/J " + quickFix + ", simulator "
                            + simulator);
                }
                if (validator.passes(message) && !quickFix.equals("valid")) {
                    differences.add("flags " + flags + " " + text + " passed, but QuickFIX/J says " + quickFix);
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theOrdersAndRequestsOfAServedSessionPassWithoutTheDataDictionary() throws Exception {
        DataDictionary dictionary = new DataDictionary("FIX44.xml");
        InboundValidator validator = new InboundValidator(dictionary);
        for (String text : List.of(HEADER + ORDER, HEADER + ORDER + "15=USD|1=ACC1|", CANCEL, REPLACE, STATUS)) {
            assertThat(validator.passes(parse(withLengthAndChecksum(text), dictionary))).as(text).isTrue();
        }
        String badSide = HEADER + ORDER.replace("54=1", "54=X");
        assertThat(validator.passes(parse(withLengthAndChecksum(badSide), dictionary))).isFalse();
    }

    private interface Validation {
        void validate(Message message) throws Exception;
    }

    /** "valid", or the refusal with its reject reason and tag. */
    private static String outcome(Message message, Validation validation) {
        Throwable refused = catchThrowable(() -> validation.validate(message));
        if (refused == null) {
            return "valid";
        }
        String detail = refused instanceof FieldException field
                ? " reason " + field.getSessionRejectReason() + " tag " + field.getField() : "";
        return refused + detail;
    }

    private static Message parse(String fix, DataDictionary dictionary) throws Exception {
        Message message = new InboundMessage();
        message.fromString(fix, dictionary, true);
        return message;
    }

    /** FIX text from "tag=value|" pairs, with BodyLength and CheckSum filled in. */
    private static String withLengthAndChecksum(String pipes) {
        String body = pipes.replace('|', SOH);
        String lengthField = SOH + "9=0" + SOH;
        int start = body.indexOf(lengthField) + lengthField.length();
        String text = body.replaceFirst(lengthField, SOH + "9=" + (body.length() - start) + SOH);
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += text.charAt(i);
        }
        return text + String.format("10=%03d", sum % 256) + SOH;
    }
}
