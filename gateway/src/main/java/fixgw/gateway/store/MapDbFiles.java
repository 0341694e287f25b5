package fixgw.gateway.store;

import org.mapdb.CC;
import org.mapdb.DB;
import org.mapdb.DBException;
import org.mapdb.StoreWAL;
import org.mapdb.volume.ByteArrayVol;
import org.mapdb.volume.MappedFileVol;
import org.mapdb.volume.VolumeFactory;

import java.io.IOException;
import java.io.InputStream;
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
            checkHeader(file);
            return openTransactional(file, syncToDisk);
        } catch (IOException | DBException | IllegalStateException | IllegalArgumentException e) {
            throw new UnreadableStoreException(file, e);
        }
    }

    /**
     * Refuses, untouched, an existing file that does not start like a MapDB store: mapping it for writing would
     * first grow it to a whole page. The first byte is MapDB's file mark, the second the store type
     * ({@code StoreDirectAbstract.fileHeaderCheck}); MapDB checks the rest of the header when it opens the file.
     */
    private static void checkHeader(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 2) < 2 || head[0] != (byte) CC.FILE_HEADER
                    || head[1] != (byte) CC.FILE_TYPE_STOREDIRECT) {
                throw new IOException("not a MapDB store file (wrong header)");
            }
        }
    }

    /**
     * What {@code DBMaker.fileDB(file).fileMmapEnable().transactionEnable().make()} builds, assembled from
     * MapDB's public parts with DBMaker's defaults, on volumes chosen here. The main file is memory-mapped: MapDB
     * reads it a few bytes at a time, which through a file channel is a system call each and made checkpoints
     * and start-up slow. Unless {@code syncToDisk}, nothing waits for the disk (DBMaker has no option for that).
     * The main file's writes go through a {@link RedoVolume}, so a commit cut short by a kill is completed or
     * dropped at the next open. MapDB's write-ahead log lives in memory: MapDB never replays it (see
     * {@link RedoVolume}), so on disk it only cost a file per commit and a system call per byte read back.
     */
    private static DB openTransactional(Path file, boolean syncToDisk) {
        String path = file.toString();
        VolumeFactory mainFile = syncToDisk ? MappedFileVol.FACTORY : UnsyncedVolume.over(MappedFileVol.FACTORY);
        VolumeFactory logs = ByteArrayVol.FACTORY;
        VolumeFactory volumes = RedoVolume.factory(mainFile, logs, file, syncToDisk);
        boolean existed = volumes.exists(path);
        StoreWAL store = StoreWAL.make(path, volumes, 0L, true, CC.STORE_DIRECT_CONC_SHIFT,
                0L, 0L, false, false, false, true, false);
        return new DB(store, existed, true, MapDbFiles.class.getClassLoader(), 0);
    }
}
