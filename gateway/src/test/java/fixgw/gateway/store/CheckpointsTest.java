package fixgw.gateway.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CheckpointsTest {

    @TempDir
    Path dir;

    @Test
    void reportsAFailingCheckpointUntilOneSucceedsAndLosesNothingMeanwhile() {
        AtomicBoolean failing = new AtomicBoolean(true);
        JournaledMap.Fold breakable = (changes, stored) -> {
            if (failing.get()) {
                throw new IllegalStateException("No space left on device");
            }
            return changes;
        };
        try (JournaledMap map = new JournaledMap(dir, "test", Durability.PROCESS, null, breakable);
             Checkpoints checkpoints = new Checkpoints(10)) {
            checkpoints.register(map);
            map.put("key", "value".getBytes(StandardCharsets.UTF_8));
            map.commit();

            await().atMost(Duration.ofSeconds(10)).until(() -> checkpoints.lastFailure() != null);
            assertThat(checkpoints.lastFailure()).contains("No space left on device");
            assertThat(map.getRecent("key")).isNotNull(); // still waiting in the journal, not in the file

            failing.set(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> checkpoints.lastFailure() == null);
            assertThat(map.getRecent("key")).isNull(); // moved into the file
            assertThat(new String(map.get("key"), StandardCharsets.UTF_8)).isEqualTo("value");
            checkpoints.unregister(map);
        }
    }
}
