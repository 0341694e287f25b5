package fixgw.gateway.store;

import java.nio.file.Path;

/**
 * A store file exists but cannot be opened or read: corrupted, not a MapDB file, or locked by another process.
 * Start-up stops with it; the file is never replaced by an empty store.
 */
public final class UnreadableStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    UnreadableStoreException(Path file, Throwable cause) {
        super("cannot open store file " + file + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                + " (the file is left as it is; restore or remove it to start empty)", cause);
        this.file = file;
    }

    /** A file this version does not read, for {@code reason}: what it is, and what to do. */
    UnreadableStoreException(Path file, String reason) {
        super("cannot open store file " + file + ": " + reason);
        this.file = file;
    }

    /** The file that could not be opened. */
    public Path file() {
        return file;
    }
}
