package fixgw.gateway.store;

import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.DBMaker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the gateway's MapDB files the one way they are meant to be opened: transactional, at a durability. */
final class MapDbFiles {

    private MapDbFiles() {
    }

    /**
     * Opens {@code file}, creating it if absent.
     *
     * @throws UnreadableStoreException if the file exists but cannot be opened; it is never replaced
     */
    static DB open(Path file, Durability durability) {
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new UnreadableStoreException(file, new IOException("not readable"));
        }
        DBMaker.Maker maker = DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable();
        if (durability == Durability.PROCESS) {
            maker = maker.fileSyncDisable();
        }
        try {
            return maker.make();
        } catch (DBException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableStoreException(file, e);
        }
    }
}
