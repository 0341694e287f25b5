package fixgw.gateway.store;

import fixgw.gateway.order.ParentOrderState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A process that dies without closing its store loses no committed batch, at either durability level. */
class MapDbStateStoreCrashTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Durability.class)
    void everyCommittedBatchSurvivesAKilledProcess(Durability durability) throws IOException, InterruptedException {
        
        Process process = ChildJvm.of(CommitThenHalt.class, dir.toString(), durability.name(), "50")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child process ended").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isEqualTo(137);
        assertThat(output).contains("committed 50");

        try (MapDbStateStore reopened = new MapDbStateStore(dir, durability)) {
            List<ParentOrderState> states = reopened.recover().liveOrders();
            assertThat(states).hasSize(50);
            assertThat(states).extracting(ParentOrderState::quantity).contains(1L, 50L);
        }
    }
}
