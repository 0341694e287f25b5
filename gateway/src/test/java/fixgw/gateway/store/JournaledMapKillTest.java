package fixgw.gateway.store;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed with SIGKILL while committing and checkpointing loses no commit it reported, and keeps no
 * half of any batch.
 */
class JournaledMapKillTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Durability.class)
    void keepsEveryReportedCommitWhenKilledMidFlow(Durability durability) throws IOException, InterruptedException {
        Process process = ChildJvm.of(JournaledMapWriter.class, dir.toString(), durability.name()).start();
        long reported = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                reported = Long.parseLong(line);
                if (reported == 300) {
                    process.toHandle().destroyForcibly(); // SIGKILL; keeps our end of its stdout open to read the rest
                }
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(reported).as("commits reported before the kill").isGreaterThanOrEqualTo(300);

        try (JournaledMap reopened = new JournaledMap(dir, "kill", durability)) {
            long last = Long.parseLong(new String(reopened.get("last"), StandardCharsets.UTF_8));
            assertThat(last).as("at most the one commit in flight at the kill is unreported")
                    .isBetween(reported, reported + 1);
            for (long i = last - 9; i <= last; i++) { // the batch's put, and the earlier batches' too
                assertThat(reopened.get("k" + i)).as("k" + i).isEqualTo(("v" + i).getBytes(StandardCharsets.UTF_8));
            }
            assertThat(reopened.get("k" + (last - 10))).as("removed with batch " + last).isNull();
            assertThat(reopened.get("k" + (last + 1))).isNull();
        }
    }
}
