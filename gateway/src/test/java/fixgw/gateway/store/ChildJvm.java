package fixgw.gateway.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a class's main method in a JVM of its own, on this test's classpath, so a test can kill it. */
final class ChildJvm {

    private ChildJvm() {
    }

    static ProcessBuilder of(Class<?> main, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
