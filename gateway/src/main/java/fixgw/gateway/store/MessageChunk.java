package fixgw.gateway.store;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Up to {@link #SIZE} stored messages whose sequence numbers share one chunk number ({@code seq / SIZE}), kept as
 * one value of a session's {@link JournaledMap}.
 *
 * <p>Why chunks: a checkpoint costs a MapDB put per key it moves, and per-message keys in the file made the
 * checkpoint thread the gateway's busiest (a put for every message sent and a remove for every message leaving
 * retention). The journal holds each message under a key of its own (a few hundred bytes per commit); the
 * checkpoint folds them into their chunk ({@link MapDbMessageStore#foldMessages}), so a chunk reaches MapDB about
 * once per checkpoint and leaves it with one remove. Rewriting the whole chunk in the journal with each message
 * instead cost the sending thread a few kilobytes of copying per message, a fifth of what the gateway allocated.
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

    /** This chunk without the message numbered {@code sequence}, if it holds one. */
    MessageChunk without(int sequence) {
        int at = Arrays.binarySearch(sequences, sequence);
        if (at < 0) {
            return this;
        }
        int[] newSequences = new int[sequences.length - 1];
        byte[][] newMessages = new byte[messages.length - 1][];
        System.arraycopy(sequences, 0, newSequences, 0, at);
        System.arraycopy(messages, 0, newMessages, 0, at);
        System.arraycopy(sequences, at + 1, newSequences, at, sequences.length - at - 1);
        System.arraycopy(messages, at + 1, newMessages, at, messages.length - at - 1);
        return new MessageChunk(newSequences, newMessages);
    }

    /** The message numbered {@code sequence}, or null. */
    byte[] message(int sequence) {
        int at = Arrays.binarySearch(sequences, sequence);
        return at < 0 ? null : messages[at];
    }

    /** How many messages it holds. */
    int size() {
        return sequences.length;
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
