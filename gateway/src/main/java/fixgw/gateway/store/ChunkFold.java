package fixgw.gateway.store;

import org.eclipse.collections.impl.map.mutable.primitive.LongObjectHashMap;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link JournaledMap.Fold} of a map that journals items (a session's sent messages, the stored orders) under
 * keys of their own, {@code <prefix><number>}, and keeps them in the MapDB file in chunks of consecutive numbers:
 * a commit then journals the few hundred bytes of the items it changed, not the whole chunk they belong to, and
 * a chunk is rewritten in the file about once per checkpoint.
 *
 * <p>The items changed since the last checkpoint go into their chunks in ascending order of number, each chunk
 * read once from the changes or the file and written once ({@link JournaledMap#REMOVED} once empty); a chunk
 * removed among the changes starts empty. Every other key is written as it is.
 *
 * @param <C> a chunk, as its {@link Layout} decodes it
 */
final class ChunkFold<C> implements JournaledMap.Fold {

    /** How items are grouped into chunks and applied to them. */
    interface Layout<C> {

        /** The number of the chunk that holds item {@code number}. */
        long chunkOf(long number);

        /** The key of chunk {@code chunk} in the map. */
        String chunkKey(long chunk);

        /** The chunk encoded in {@code bytes}, or an empty one for null; the fold may change it. */
        C decode(byte[] bytes);

        /** {@code chunk} with item {@code number} set to {@code value} as journaled. */
        C with(C chunk, long number, byte[] value);

        /** {@code chunk} without item {@code number}. */
        C without(C chunk, long number);

        /** The chunk encoded, or null if it holds no item. */
        byte[] encodeUnlessEmpty(C chunk);
    }

    private final String prefix;
    private final Layout<C> layout;

    ChunkFold(String prefix, Layout<C> layout) {
        this.prefix = prefix;
        this.layout = layout;
    }

    /** The journal key of item {@code number}. */
    String itemKey(long number) {
        return prefix + number;
    }

    @Override
    public Map<String, byte[]> apply(Map<String, byte[]> changes, Function<String, byte[]> stored) {
        Map<String, byte[]> folded = new HashMap<>();
        // a primitive map sorted once: a TreeMap of boxed numbers was a fifth of the checkpoint thread's CPU
        LongObjectHashMap<byte[]> items = new LongObjectHashMap<>(changes.size());
        changes.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                items.put(Long.parseLong(key, prefix.length(), key.length(), 10), value);
            } else {
                folded.put(key, value);
            }
        });
        C chunk = null;
        long number = 0;
        for (long item : items.keySet().toSortedArray()) {
            if (chunk == null || layout.chunkOf(item) != number) {
                if (chunk != null) {
                    folded.put(layout.chunkKey(number), encodedOrRemoved(chunk));
                }
                number = layout.chunkOf(item);
                byte[] changed = folded.get(layout.chunkKey(number));
                chunk = layout.decode(changed == JournaledMap.REMOVED ? null
                        : changed != null ? changed : stored.apply(layout.chunkKey(number)));
            }
            chunk = applyItem(chunk, item, items.get(item));
        }
        if (chunk != null) {
            folded.put(layout.chunkKey(number), encodedOrRemoved(chunk));
        }
        return folded;
    }

    /** {@code chunk} with item {@code number} as journaled: its value, or {@link JournaledMap#REMOVED}. */
    C applyItem(C chunk, long number, byte[] value) {
        return value == JournaledMap.REMOVED ? layout.without(chunk, number) : layout.with(chunk, number, value);
    }

    private byte[] encodedOrRemoved(C chunk) {
        byte[] encoded = layout.encodeUnlessEmpty(chunk);
        return encoded == null ? JournaledMap.REMOVED : encoded;
    }
}
