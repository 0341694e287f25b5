package fixgw.gateway.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Run in a separate JVM by {@link JournaledMapKillTest}: commits batches for ever, printing the number of each
 * batch once its commit has returned, while another thread checkpoints every few milliseconds, until it is killed.
 * Batch {@code i} puts {@code k<i> = v<i>}, overwrites {@code last = i} and removes {@code k<i-10>}.
 */
public final class JournaledMapWriter {

    private JournaledMapWriter() {
    }

    public static void main(String[] args) {
        JournaledMap map = new JournaledMap(Path.of(args[0]), "kill", Durability.valueOf(args[1]));
        ScheduledExecutorService checkpoints = Executors.newSingleThreadScheduledExecutor();
        checkpoints.scheduleWithFixedDelay(map::checkpoint, 2, 2, TimeUnit.MILLISECONDS);
        for (long i = 1; ; i++) {
            map.put("k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8));
            map.put("last", Long.toString(i).getBytes(StandardCharsets.UTF_8));
            map.remove("k" + (i - 10));
            map.commit();
            System.out.println(i);
        }
    }
}
