package fixgw.gateway.store;

import org.mapdb.CC;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.DBMaker;
import org.mapdb.StoreWAL;

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
        try {
            if (durability == Durability.DISK) {
                return DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make();
            }
            return openUnsynced(file);
        } catch (DBException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableStoreException(file, e);
        }
    }

    /**
     * What {@code DBMaker.transactionEnable().make()} builds, on volumes that never wait for the disk: DBMaker
     * has no option for that, so the store is assembled from MapDB's public parts with DBMaker's defaults.
     */
    private static DB openUnsynced(Path file) {
        String path = file.toString();
        boolean existed = UnsyncedVolume.FACTORY.exists(path);
        StoreWAL store = StoreWAL.make(path, UnsyncedVolume.FACTORY, 0L, true, CC.STORE_DIRECT_CONC_SHIFT,
                0L, 0L, false, false, false, true, false);
        return new DB(store, existed, true, MapDbFiles.class.getClassLoader(), 0);
    }
}
