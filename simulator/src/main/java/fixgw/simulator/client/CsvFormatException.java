package fixgw.simulator.client;

import java.util.List;

/** The orders CSV has bad lines; {@link #problems()} lists each as {@code "line N: ..."}. */
public final class CsvFormatException extends Exception {
    private final List<String> problems;

    public CsvFormatException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
