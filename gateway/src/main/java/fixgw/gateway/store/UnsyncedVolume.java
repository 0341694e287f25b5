package fixgw.gateway.store;

import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;


/**
 * A MapDB file volume whose {@link #sync()} does nothing: every write still goes to the operating system through
 * {@link FileChannelVol} when it is made, but nothing waits for the disk. MapDB's write-ahead log syncs its own
 * file on every commit whatever {@code DBMaker} is told, so a store that is durable against a process kill but
 * not against a power cut needs its volumes built here. {@code FileChannelVol} is final, hence delegation.
 *
 * <p>Thread-safety as {@link FileChannelVol}'s, which MapDB's store relies on.
 */
final class UnsyncedVolume extends DelegatingVolume {

    /** Makes volumes like {@code base}'s that never sync. */
    static VolumeFactory over(VolumeFactory base) {
        return new VolumeFactory() {
            @Override
            public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift,
                                     long initSize, boolean fixedSize) {
                return new UnsyncedVolume(base.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize,
                        fixedSize));
            }

            @Override
            public boolean exists(String file) {
                return base.exists(file);
            }

            @Override
            public boolean handlesReadonly() {
                return base.handlesReadonly();
            }
        };
    }

    private UnsyncedVolume(Volume delegate) {
        super(delegate);
    }

    @Override
    public void sync() {
        // deliberately nothing: the writes already reached the operating system, which is what PROCESS promises
    }
}
