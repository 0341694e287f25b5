package fixgw.gateway.store;

import java.io.IOException;

/** Something that can force what was written to it to the disk: a {@link Journal}, for a {@link GroupSync}. */
interface Syncable {

    /** Forces everything written before this call to the disk. Safe from any thread. */
    void sync() throws IOException;
}
