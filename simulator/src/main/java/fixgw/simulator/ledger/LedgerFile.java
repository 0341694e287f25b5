package fixgw.simulator.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CSV file every execution is appended to as it happens ({@link LedgerExporter#CSV_HEADER}; the header is
 * written when the file is new or empty, so a restarted simulator continues the same file). Each line is
 * flushed to the operating system at once, so a crash of the simulator loses nothing it reported. A failing
 * write is logged once and counted; the simulator keeps trading. Not thread-safe: {@link ExecutionLedger}
 * calls it under its lock.
 */
public final class LedgerFile {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerFile.class);

    private final Path path;
    private final BufferedWriter writer;
    private long failedWrites;

    private LedgerFile(Path path, BufferedWriter writer) {
        this.path = path;
        this.writer = writer;
    }

    /** Opens {@code path} for appending, creating it (and its header) if needed. */
    public static LedgerFile open(Path path) throws IOException {
        boolean fresh = !Files.exists(path) || Files.size(path) == 0;
        BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            writer.write(LedgerExporter.CSV_HEADER);
            writer.write('\n');
            writer.flush();
        }
        return new LedgerFile(path, writer);
    }

    void append(LedgerEntry entry) {
        try {
            writer.write(LedgerExporter.csvLine(entry));
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            if (failedWrites++ == 0) {
                LOG.error("Ledger file {} cannot be written, executions are missing from it: {}", path, e.toString());
            }
        }
    }

    /** Executions that could not be written. */
    long failedWrites() {
        return failedWrites;
    }

    void close() {
        try {
            writer.close();
        } catch (IOException e) {
            LOG.warn("Ledger file {} did not close cleanly: {}", path, e.toString());
        }
        if (failedWrites > 0) {
            LOG.error("Ledger file {} misses {} executions that could not be written", path, failedWrites);
        }
    }
}
