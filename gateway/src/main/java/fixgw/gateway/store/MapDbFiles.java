package fixgw.gateway.store;

import org.mapdb.CC;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.StoreWAL;
import org.mapdb.volume.FileChannelVol;
import org.mapdb.volume.VolumeFactory;

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
        boolean syncToDisk = durability == Durability.DISK;
        try {
            RedoVolume.recover(file, syncToDisk);
            return openTransactional(file, syncToDisk ? FileChannelVol.FACTORY : UnsyncedVolume.FACTORY,
                    syncToDisk);
        } catch (IOException | DBException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableStoreException(file, e);
        }
    }

    /**
     * What {@code DBMaker.fileDB(file).fileChannelEnable().transactionEnable().make()} builds, assembled from
     * MapDB's public parts with DBMaker's defaults, on volumes chosen here: {@code base} decides whether anything
     * waits for the disk (DBMaker has no option for that), and the main file's writes go through a
     * {@link RedoVolume} so that a commit cut short by a kill is completed or dropped at the next open.
     */
    private static DB openTransactional(Path file, VolumeFactory base, boolean syncToDisk) {
        String path = file.toString();
        VolumeFactory volumes = RedoVolume.factory(base, file, syncToDisk);
        boolean existed = volumes.exists(path);
        StoreWAL store = StoreWAL.make(path, volumes, 0L, true, CC.STORE_DIRECT_CONC_SHIFT,
                0L, 0L, false, false, false, true, false);
        return new DB(store, existed, true, MapDbFiles.class.getClassLoader(), 0);
    }
}
