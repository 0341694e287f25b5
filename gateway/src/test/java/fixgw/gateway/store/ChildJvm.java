package fixgw.gateway.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's main method in a JVM of its own, on this test's classpath, so a test can kill it. */
final class ChildJvm {

    private ChildJvm() {
    }

    static ProcessBuilder of(Class<?> main, String... args) {
        return withHeap(null, main, args);
    }

    /** As {@link #of}, with at most {@code maxHeap} of heap ({@code -Xmx}); null for the JVM's default. */
    static ProcessBuilder withHeap(String maxHeap, Class<?> main, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        if (maxHeap != null) {
            command.add("-Xmx" + maxHeap);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
