package fixgw.gateway.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.MessageStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Kills a process that is writing to a PROCESS-durable store with SIGKILL, and reopens what it left. */
class MapDbMessageStoreKillTest {

    private static final int CONFIRMED_BEFORE_KILL = 3_000;

    @TempDir
    Path dir;

    @Test
    void sigkillLosesNoStoredMessageAndSkipsNoSequenceNumber() throws Exception {
        Path sessions = dir.resolve("sessions");
        Process writer = ChildJvm.of(StoreWriterProcess.class, sessions.toString(), "1000000")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int lastConfirmed = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
            while (lastConfirmed < CONFIRMED_BEFORE_KILL) {
                String line = out.readLine();
                assertThat(line).as("writer ended early").isNotNull();
                lastConfirmed = Integer.parseInt(line.trim());
            }
            writer.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Checkpoints checkpoints = new Checkpoints(3_600_000);
             MapDbMessageStoreFactory factory = new MapDbMessageStoreFactory(sessions, Durability.PROCESS, 1_000,
                     Clock.systemUTC(), checkpoints, null)) {
            MessageStore store = factory.create(StoreWriterProcess.SESSION);
            int next = store.getNextSenderMsgSeqNum();
            List<String> stored = new ArrayList<>();
            store.get(1, next - 1, stored);

            assertThat(next).isGreaterThan(lastConfirmed);
            // every sequence number below next is a stored message: none lost, none to be reused
            assertThat(stored).containsExactlyElementsOf(
                    IntStream.range(Math.max(1, next - 1_000), next).mapToObj(seq -> "m" + seq).toList());
        }
    }
}
