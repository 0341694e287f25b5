package fixgw.gateway.store;

import org.mapdb.DB;
import org.mapdb.DataInput2;
import org.mapdb.DataOutput2;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import org.mapdb.serializer.SerializerByteArray;

import java.io.IOException;
import java.util.SortedMap;

/**
 * How a {@link JournaledMap} writes values into its MapDB file ({@link #SERIALIZER}): {@code [int length][value]
 * [zeros]}, padded to the next power of two (at least {@link #MIN_BYTES}), inside the length-prefixed byte array
 * MapDB's {@link Serializer#BYTE_ARRAY} writes, so files written before padding moved here read the same.
 *
 * <p>Why pad: MapDB reuses freed space only for a record of the same size class (16-byte steps). Chunks of orders
 * and messages are rewritten at ever different sizes as they fill, so without padding the freed space was rarely
 * reused and the files settled at about three times their data. With a few size classes a rewrite fits the space
 * an earlier one freed; the padding costs at most as much again, and only in the file, not in the journal.
 *
 * <p>Why in the serializer: a padded copy of each value, made before MapDB serialized it, and an unpadded copy of
 * each value read, were a tenth of what a checkpoint allocated (async-profiler, allocation samples).
 */
final class SizeClasses {

    static final int MIN_BYTES = 64;
    /** Writes each value padded, reads it back without its padding. */
    static final Serializer<byte[]> SERIALIZER = new Padded();
    private static final byte[] ZEROS = new byte[4096];
    private static final int MAX_PACKED_INT_BYTES = 5;

    private SizeClasses() {
    }

    /**
     * Opens (or creates) the map {@code name} of string keys and values written by {@link #SERIALIZER}. MapDB
     * records a serializer of its own in its catalog and uses that one, not the one asked for, whenever it opens
     * the map again. Files written before padding moved into the serializer recorded {@link Serializer#BYTE_ARRAY},
     * which would hand out values with their padding: the record is dropped, as for a map created here, which
     * MapDB cannot record. The bytes on file are the same either way.
     */
    static HTreeMap<String, byte[]> openMap(DB db, String name) {
        String key = name + DB.Keys.INSTANCE.getValueSerializer();
        SortedMap<String, String> catalog = db.nameCatalogLoad();
        if (catalog.remove(key) != null) {
            db.nameCatalogSave(catalog);
            db.commit();
        }
        return db.hashMap(name, Serializer.STRING, SERIALIZER).createOrOpen();
    }

    /** The bytes a value of {@code length} bytes takes with its length and padding. */
    static int paddedSize(int length) {
        return Math.max(MIN_BYTES, Integer.highestOneBit(length + Integer.BYTES - 1) << 1);
    }

    private static final class Padded extends SerializerByteArray {

        @Override
        public void serialize(DataOutput2 out, byte[] value) throws IOException {
            int size = paddedSize(value.length);
            out.ensureAvail(MAX_PACKED_INT_BYTES + size); // grown once, not doubled from MapDB's 128 bytes up
            out.packInt(size);
            out.writeInt(value.length);
            out.write(value);
            for (int zeros = size - Integer.BYTES - value.length; zeros > 0; zeros -= ZEROS.length) {
                out.write(ZEROS, 0, Math.min(zeros, ZEROS.length));
            }
        }

        @Override
        public byte[] deserialize(DataInput2 in, int available) throws IOException {
            int size = in.unpackInt();
            byte[] value = new byte[in.readInt()];
            in.readFully(value);
            in.skipBytes(size - Integer.BYTES - value.length);
            return value;
        }
    }
}
