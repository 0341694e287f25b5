package fixgw.gateway.fix;

import org.junit.jupiter.api.Test;
import quickfix.Message;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifiersTest {

    @Test
    void takesIdentifiersUpToTheLimitAndNamesTheFirstOneBeyondIt() {
        Message message = new Message();
        message.setString(11, "C".repeat(Identifiers.MAX_LENGTH));
        message.setString(41, "O".repeat(Identifiers.MAX_LENGTH));
        message.setString(37, "B".repeat(Identifiers.MAX_LENGTH));
        message.setString(1, "A".repeat(Identifiers.MAX_LENGTH));
        message.setString(55, "S".repeat(Identifiers.MAX_LENGTH));
        assertThat(Identifiers.tooLong(message)).isEmpty();

        message.setString(55, "S".repeat(Identifiers.MAX_LENGTH + 1));
        assertThat(Identifiers.tooLong(message)).contains("Symbol (55) must be at most 256 characters, was 257");

        message.setString(1, "A".repeat(Identifiers.MAX_LENGTH + 1));
        assertThat(Identifiers.tooLong(message)).contains("Account (1) must be at most 256 characters, was 257");
        message.setString(37, "B".repeat(1000));
        assertThat(Identifiers.tooLong(message)).contains("OrderID (37) must be at most 256 characters, was 1000");
    }

    @Test
    void namesABrokersExecIdTooLongToKeep() {
        Message report = new Message();
        report.setString(17, "E".repeat(300));
        assertThat(Identifiers.tooLong(report)).contains("ExecID (17) must be at most 256 characters, was 300");
    }

    @Test
    void ignoresIdentifiersTheMessageDoesNotCarry() {
        assertThat(Identifiers.tooLong(new Message())).isEmpty();
    }
}
