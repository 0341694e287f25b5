package fixgw.gateway.store;

import org.eclipse.collections.impl.map.mutable.primitive.LongLongHashMap;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.ToLongFunction;

/**
 * Which stored order (by store sequence number) a client used each ClOrdID for, in memory: the duplicate check of
 * every new order asks it, and a miss (the usual answer) must not cost a read of the file. Rebuilt from the stored
 * orders on start.
 *
 * <p>Bounded by the stored orders: 16 bytes or so per ClOrdID in a primitive map keyed by a 64-bit hash of the
 * session and ClOrdID, not the strings. The answer is a candidate; the caller checks it against the stored order.
 * Two keys with the same hash are told apart by keeping the later one by its full key, so nothing is ever missed.
 *
 * <p>Not thread-safe: the engine thread owns it.
 */
final class ClientOrderIndex {

    private static final long NONE = -1;

    private final ToLongFunction<String> hash;
    private final LongLongHashMap byHash = new LongLongHashMap();
    /** Keys whose hash another key already holds: practically always empty. */
    private final Map<String, Long> byKey = new HashMap<>();

    ClientOrderIndex() {
        this(ClientOrderIndex::hash);
    }

    /** With another hash function: tests use it to make keys collide. */
    ClientOrderIndex(ToLongFunction<String> hash) {
        this.hash = hash;
    }

    /** Records that {@code clOrdId} of {@code session} is the order at {@code sequence}. */
    void put(String session, String clOrdId, long sequence) {
        String key = key(session, clOrdId);
        if (byKey.containsKey(key)) {
            byKey.put(key, sequence);
            return;
        }
        long hash = this.hash.applyAsLong(key);
        long existing = byHash.getIfAbsent(hash, NONE);
        if (existing == NONE || existing == sequence) {
            byHash.put(hash, sequence);
        } else {
            byKey.put(key, sequence); // the hash belongs to another order's ClOrdID
        }
    }

    /** Forgets {@code clOrdId} of {@code session} if it is recorded for the order at {@code sequence}. */
    void remove(String session, String clOrdId, long sequence) {
        String key = key(session, clOrdId);
        Long exact = byKey.get(key);
        if (exact != null) {
            if (exact == sequence) {
                byKey.remove(key);
            }
            return;
        }
        long hash = this.hash.applyAsLong(key);
        if (byHash.getIfAbsent(hash, NONE) == sequence) {
            byHash.remove(hash);
        }
    }

    /** The sequence number recorded for the ClOrdID, if any; check it against the order stored there. */
    OptionalLong find(String session, String clOrdId) {
        String key = key(session, clOrdId);
        Long exact = byKey.get(key);
        if (exact != null) {
            return OptionalLong.of(exact);
        }
        long sequence = byHash.getIfAbsent(hash.applyAsLong(key), NONE);
        return sequence == NONE ? OptionalLong.empty() : OptionalLong.of(sequence);
    }

    int size() {
        return byHash.size() + byKey.size();
    }

    private static String key(String session, String clOrdId) {
        return session + '\u0000' + clOrdId;
    }

    /** FNV-1a over the chars, then a finalizer that spreads the bits (SplitMix64's). */
    static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 30;
        hash *= 0xbf58476d1ce4e5b9L;
        hash ^= hash >>> 27;
        hash *= 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
