package fixgw.gateway.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Up to {@link #SIZE} stored messages whose sequence numbers share one chunk number ({@code seq / SIZE}), kept as
 * one value of a session's {@link JournaledMap}.
 *
 * <p>Why chunks: a checkpoint costs a MapDB put per key it moves, and per-message keys made the checkpoint thread
 * the gateway's busiest (a put for every message sent and a remove for every message leaving retention). A chunk is
 * rewritten in the journal with each message added to it (a few kilobytes per write, no more system calls), but
 * reaches MapDB about once per checkpoint and leaves it with one remove.
 *
 * <p>Immutable.
 */
final class MessageChunk {

    /** Messages per chunk. */
    static final int SIZE = 16;

    private static final MessageChunk EMPTY = new MessageChunk(new int[0], new byte[0][]);

    private final int[] sequences;
    private final byte[][] messages;

    private MessageChunk(int[] sequences, byte[][] messages) {
        this.sequences = sequences;
        this.messages = messages;
    }

    static MessageChunk empty() {
        return EMPTY;
    }

    /** The chunk number that holds {@code sequence}. */
    static int numberOf(int sequence) {
        return Math.floorDiv(sequence, SIZE);
    }

    /** This chunk without the messages numbered {@code sequence} and above, plus {@code message} as {@code sequence}. */
    MessageChunk with(int sequence, byte[] message) {
        int kept = 0;
        while (kept < sequences.length && sequences[kept] < sequence) {
            kept++;
        }
        int[] newSequences = Arrays.copyOf(sequences, kept + 1);
        byte[][] newMessages = Arrays.copyOf(messages, kept + 1);
        newSequences[kept] = sequence;
        newMessages[kept] = message;
        return new MessageChunk(newSequences, newMessages);
    }

    /** The messages numbered {@code from} to {@code to}, inclusive, in order. */
    List<byte[]> between(int from, int to) {
        List<byte[]> found = new ArrayList<>();
        for (int i = 0; i < sequences.length; i++) {
            if (sequences[i] >= from && sequences[i] <= to) {
                found.add(messages[i]);
            }
        }
        return found;
    }

    byte[] encode() {
        int size = Integer.BYTES;
        for (byte[] message : messages) {
            size += Integer.BYTES * 2 + message.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(sequences.length);
        for (int i = 0; i < sequences.length; i++) {
            out.putInt(sequences[i]).putInt(messages[i].length).put(messages[i]);
        }
        return out.array();
    }

    /** The chunk encoded in {@code bytes}, or the empty chunk for null (none stored). */
    static MessageChunk decode(byte[] bytes) {
        if (bytes == null) {
            return EMPTY;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int count = in.getInt();
        int[] sequences = new int[count];
        byte[][] messages = new byte[count][];
        for (int i = 0; i < count; i++) {
            sequences[i] = in.getInt();
            messages[i] = new byte[in.getInt()];
            in.get(messages[i]);
        }
        return new MessageChunk(sequences, messages);
    }
}
