package fixgw.gateway.fix;

import org.junit.jupiter.api.Test;
import quickfix.Message;

import static org.assertj.core.api.Assertions.assertThat;

class FixValuesTest {

    @Test
    void cutsTextToItsLimitAndLeavesShorterTextAsItIs() {
        Message message = new Message();
        assertThat(FixValues.text(message)).isNull();
        message.setString(58, "t".repeat(FixValues.MAX_TEXT_LENGTH));
        assertThat(FixValues.text(message)).isEqualTo("t".repeat(FixValues.MAX_TEXT_LENGTH));
        message.setString(58, "t".repeat(FixValues.MAX_TEXT_LENGTH + 1));
        assertThat(FixValues.text(message)).hasSize(FixValues.MAX_TEXT_LENGTH).endsWith("t...");
    }
}
