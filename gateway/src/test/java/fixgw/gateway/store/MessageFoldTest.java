package fixgw.gateway.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link MapDbMessageStore#foldMessages}: what a checkpoint writes for the messages journaled since the last. */
class MessageFoldTest {

    private final Map<String, byte[]> file = new HashMap<>();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageChunk chunkOf(int... sequences) {
        MessageChunk chunk = MessageChunk.empty();
        for (int sequence : sequences) {
            chunk = chunk.with(sequence, bytes("old" + sequence));
        }
        return chunk;
    }

    private Map<String, byte[]> fold(Map<String, byte[]> changes) {
        return MapDbMessageStore.foldMessages(changes, file::get);
    }

    private static String text(MessageChunk chunk, int sequence) {
        byte[] message = chunk.message(sequence);
        return message == null ? null : new String(message, StandardCharsets.UTF_8);
    }

    @Test
    void messagesOfANewChunkBecomeOneChunkAndOtherKeysPassAsTheyAre() {
        Map<String, byte[]> changes = new LinkedHashMap<>();
        changes.put("state", bytes("s"));
        changes.put("m/17", bytes("b"));
        changes.put("m/16", bytes("a"));

        Map<String, byte[]> folded = fold(changes);

        assertThat(folded).containsOnlyKeys("state", "1");
        assertThat(folded.get("state")).isEqualTo(bytes("s"));
        MessageChunk chunk = MessageChunk.decode(folded.get("1"));
        assertThat(chunk.size()).isEqualTo(2);
        assertThat(text(chunk, 16)).isEqualTo("a");
        assertThat(text(chunk, 17)).isEqualTo("b");
    }

    @Test
    void aMessageJoinsTheChunkTheFileHoldsAndSpreadsOverTwoChunks() {
        file.put("0", chunkOf(1, 2, 3).encode());

        Map<String, byte[]> folded = fold(Map.of("m/4", bytes("new4"), "m/16", bytes("new16")));

        MessageChunk first = MessageChunk.decode(folded.get("0"));
        assertThat(first.size()).isEqualTo(4);
        assertThat(text(first, 1)).isEqualTo("old1");
        assertThat(text(first, 4)).isEqualTo("new4");
        assertThat(text(MessageChunk.decode(folded.get("1")), 16)).isEqualTo("new16");
    }

    @Test
    void aMessageBelowTheChunksHighestCutsTheChunkBackAsASetDoes() {
        file.put("0", chunkOf(1, 2, 3, 4, 5).encode());

        MessageChunk chunk = MessageChunk.decode(fold(Map.of("m/3", bytes("new3"))).get("0"));

        assertThat(chunk.size()).isEqualTo(3);
        assertThat(text(chunk, 2)).isEqualTo("old2");
        assertThat(text(chunk, 3)).isEqualTo("new3");
        assertThat(text(chunk, 4)).isNull();
    }

    @Test
    void aRemovedChunkStartsEmptyAndARemovedMessageLeavesIt() {
        file.put("0", chunkOf(1, 2, 3).encode());
        file.put("1", chunkOf(16, 17).encode());
        Map<String, byte[]> changes = new HashMap<>();
        changes.put("0", JournaledMap.REMOVED);
        changes.put("m/2", bytes("renumbered2"));
        changes.put("m/17", JournaledMap.REMOVED);

        Map<String, byte[]> folded = fold(changes);

        MessageChunk first = MessageChunk.decode(folded.get("0"));
        assertThat(first.size()).isEqualTo(1);
        assertThat(text(first, 2)).isEqualTo("renumbered2");
        MessageChunk second = MessageChunk.decode(folded.get("1"));
        assertThat(second.size()).isEqualTo(1);
        assertThat(text(second, 16)).isEqualTo("old16");
    }

    @Test
    void aChunkLeftWithoutMessagesIsRemovedFromTheFile() {
        file.put("2", chunkOf(32).encode());

        Map<String, byte[]> folded = fold(Map.of("m/32", JournaledMap.REMOVED, "m/33", JournaledMap.REMOVED));

        assertThat(folded.get("2")).isSameAs(JournaledMap.REMOVED);
    }

    @Test
    void aWholeChunkJournaledByAnEarlierVersionIsWrittenAsItIsOrTakesTheNewerMessages() {
        file.put("0", chunkOf(1).encode());
        Map<String, byte[]> changes = new HashMap<>();
        changes.put("0", chunkOf(1, 2).encode()); // how each set was journaled before messages had keys of their own
        changes.put("1", chunkOf(16).encode());
        changes.put("m/17", bytes("new17"));

        Map<String, byte[]> folded = fold(changes);

        assertThat(folded.get("0")).isEqualTo(chunkOf(1, 2).encode());
        MessageChunk second = MessageChunk.decode(folded.get("1"));
        assertThat(text(second, 16)).isEqualTo("old16");
        assertThat(text(second, 17)).isEqualTo("new17");
    }
}
