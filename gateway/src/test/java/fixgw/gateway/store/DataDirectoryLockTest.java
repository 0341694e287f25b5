package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;
import fixgw.gateway.order.ParentOrderState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One gateway's storage per data directory at a time; a crash of the holder frees it. */
class DataDirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStorageOnADirectoryInUseIsRefusedAndTouchesNothingInIt() throws IOException, InterruptedException {
        StorageConfig config = new StorageConfig(dir.toString(), "process", 10_000); // no checkpoint meanwhile
        try (Storage first = Storage.open(config, 1000)) {
            first.stateStore().changed(MapDbStateStoreTest.order("G-1", "C1"));
            first.stateStore().commit();
            first.stateStore().afterSent(() -> { }); // written now, not by the group sync's thread meanwhile
            Map<String, Long> before = filesWithSizes();

            assertThatThrownBy(() -> Storage.open(config, 1000))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("data directory " + dir.toAbsolutePath() + " is in use by another gateway"
                            + " (pid " + ProcessHandle.current().pid() + " holds");
            assertThat(filesWithSizes()).isEqualTo(before); // no segment started, no redo file replayed or removed

            // and the refusal did not give the lock up: closing any channel to the file would have, for this process
            Process other = ChildJvm.of(HoldStorageOpen.class, dir.toString()).redirectErrorStream(true).start();
            other.getOutputStream().close(); // were it let in, it would close again at once rather than hold on
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
            assertThat(other.exitValue()).as(output).isNotZero();
            assertThat(output).contains("is in use by another gateway (pid " + ProcessHandle.current().pid());
        }

        try (Storage second = Storage.open(config, 1000)) { // closing released it
            assertThat(second.recoveredOrders()).extracting(ParentOrderState::orderId).containsExactly("G-1");
        }
    }

    @Test
    void aDirectoryHeldByAnotherProcessIsRefusedNamingItAndIsFreeOnceThatProcessIsKilled() throws Exception {
        StorageConfig config = new StorageConfig(dir.toString(), "process", 50);
        Process holder = ChildJvm.of(HoldStorageOpen.class, dir.toString()).redirectErrorStream(true).start();
        try {
            String opened = CompletableFuture.supplyAsync(() -> lineStartingWith(holder, "open pid "))
                    .get(60, TimeUnit.SECONDS);
            assertThat(opened).isEqualTo("open pid " + holder.pid());

            assertThatThrownBy(() -> Storage.open(config, 1000))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another gateway (pid " + holder.pid() + " holds");
        } finally {
            holder.destroyForcibly(); // SIGKILL: the holder never releases the lock itself
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Storage after = Storage.open(config, 1000)) {
            assertThat(after.recoveredOrders()).extracting(ParentOrderState::orderId).containsExactly("G-1");
        }
    }

    @Test
    void aStorageThatFailsToOpenReleasesTheDirectory() throws IOException {
        StorageConfig config = new StorageConfig(dir.toString(), "process", 50);
        Path orders = dir.resolve("orders.db");
        Files.writeString(orders, "not a MapDB file");
        assertThatThrownBy(() -> Storage.open(config, 1000)).isInstanceOf(UnreadableStoreException.class);

        Files.delete(orders); // what the operator does to start empty
        try (Storage reopened = Storage.open(config, 1000)) {
            assertThat(reopened.recoveredOrders()).isEmpty();
        }
    }

    private Map<String, Long> filesWithSizes() throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(dir.relativize(path).toString(), Files.size(path));
            }
        }
        return files;
    }

    private static String lineStartingWith(Process process, String prefix) {
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("the holder ended without opening the storage");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
