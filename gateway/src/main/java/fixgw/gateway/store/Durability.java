package fixgw.gateway.store;

/**
 * How far a MapDB commit must have travelled before it returns.
 *
 * <p>What MapDB 3.1.0 does (read in its sources, {@code org.mapdb}): with {@code DBMaker.transactionEnable()} the
 * store is a {@code StoreWAL}. {@code DB.commit()} calls {@code StoreWAL.commit()}, which writes the changes and a
 * commit marker to a write-ahead log and calls {@code WriteAheadLog.commit()}; that ends in
 * {@code curVol2.sync()} <em>unconditionally</em>. It then copies the changes into the main file, calls
 * {@code realVolume.sync()} only {@code if(!fileSyncDisable)}, and deletes the log. {@code Volume.sync()} is
 * {@code RandomAccessFile.getFD().sync()} (the default {@code fileDB}), {@code FileChannel.force(true)}
 * ({@code fileChannelEnable()}) or {@code MappedByteBuffer.force()} ({@code fileMmapEnable()}): a real disk sync
 * in every case, so memory mapping changes the write path, not whether a commit syncs. {@code fileSyncDisable()}
 * ("file sync will not be called on DB.commit(), this may lead to data loss", {@code DBMaker.kt}) only skips the
 * main file's sync; the log is still synced, so a commit costs at least one sync either way. MapDB 3.1.0 never
 * replays that log on open, though: a kill while a commit is copied into the main file leaves it half written.
 * {@link RedoVolume} makes the copy itself all or nothing.
 *
 * <p>So {@code fileSyncDisable()} gives neither level: it still syncs once per commit (measured here no faster:
 * about 250 commits/s either way) and, since the log is deleted before the main file reaches the disk, it is not
 * power-cut safe. How each level is built instead is on the constants; {@link MapDbFiles} assembles the volumes (memory-mapped main
 * file behind a {@link RedoVolume}, MapDB's log in memory since it is never replayed). Measured on this box (ext4, one commit per
 * stored message, {@code MessageStoreBenchmark} when the message store still committed MapDB per message): PROCESS about 1,900 commits/s (p50 0.5 ms, spent creating and
 * deleting the log file per commit), DISK 150-580/s (p50 1.6-5.5 ms) from run to run.
 *
 * <p>Immutable and thread-safe.
 */
public enum Durability {

    /**
     * A SIGKILL of the process loses nothing committed: every commit's writes have reached the operating system
     * before {@code commit()} returns, or with a {@link GroupSync} before anything the commit reveals leaves the
     * process (a journal {@code write}; at a checkpoint, the memory-mapped MapDB file and its redo record), and
     * nothing waits for the disk ({@link UnsyncedVolume}). A power cut can lose the last commits.
     */
    PROCESS,

    /**
     * A power cut loses nothing committed: every journal append is synced before {@code commit()} returns, or with a
     * {@link GroupSync} before anything the commit reveals leaves the process; a checkpoint syncs the MapDB file's
     * redo record and then the file itself (off the engine's path), with {@code fdatasync}, which on Linux also
     * writes what was changed through the file's memory mapping (see {@link RedoVolume}).
     */
    DISK
}
