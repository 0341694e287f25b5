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
 * main file's sync; the log is still synced, so a commit costs at least one sync either way. On open, a log with
 * a commit marker is replayed and one without is discarded, so a commit is all or nothing.
 *
 * <p>The trade-off: {@link #PROCESS} saves the second sync but is not power-cut safe, because the log is deleted
 * before the main file reaches the disk. A level that syncs nothing needs a {@code StoreWAL} built on a volume
 * factory whose {@code sync()} does nothing ({@code StoreWAL.make(file, volumeFactory, ...)} and the {@code DB}
 * constructor are public); not done yet.
 *
 * <p>Immutable and thread-safe.
 */
public enum Durability {

    /**
     * A SIGKILL of the process loses nothing committed: every commit's writes have been handed to the operating
     * system ({@code FileChannel} writes) before {@code commit()} returns. MapDB {@code transactionEnable()} with
     * {@code fileSyncDisable()}: the log is synced, the main file is not.
     */
    PROCESS,

    /**
     * A power cut loses nothing committed: MapDB {@code transactionEnable()} with its default syncing, the log and
     * then the main file are synced before {@code commit()} returns.
     */
    DISK
}
