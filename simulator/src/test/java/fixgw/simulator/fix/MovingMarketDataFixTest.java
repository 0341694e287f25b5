package fixgw.simulator.fix;

import static fixgw.simulator.fix.MovingMarketSimulator.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quickfix.Group;
import quickfix.Message;
import quickfix.field.ExecType;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.MDUpdateAction;
import quickfix.field.MsgType;
import quickfix.field.NoMDEntries;
import quickfix.field.Side;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MarketDataRequest;

/**
 * Market data over FIX from a replayed market the test moves ({@link MovingMarketSimulator}): snapshot then
 * incremental refreshes per step, unsubscribe, snapshot-only requests and rejects.
 */
class MovingMarketDataFixTest {
    @TempDir
    Path directory;

    private MovingMarketSimulator market;
    private FixClient client;

    @BeforeEach
    void start() throws Exception {
        market = MovingMarketSimulator.onBars(directory);
        client = market.client;
    }

    @AfterEach
    void stop() {
        if (market != null) {
            market.close();
        }
    }

    private static MarketDataRequest request(String id, char subscription, String... symbols) {
        return MarketDataRequests.request(id, subscription, new char[] {MDEntryType.BID, MDEntryType.OFFER, MDEntryType.TRADE,
                MDEntryType.TRADE_VOLUME}, symbols);
    }

    /** Each entry as "type action? price? size" for whole-message comparisons. */
    private static List<String> entries(Message message) {
        return message.getGroups(NoMDEntries.FIELD).stream().map(MovingMarketDataFixTest::describe).toList();
    }

    private static String describe(Group entry) {
        String action = entry.isSetField(MDUpdateAction.FIELD) ? FixFields.text(entry, MDUpdateAction.FIELD) + " " : "";
        String price = entry.isSetField(MDEntryPx.FIELD) ? FixFields.text(entry, MDEntryPx.FIELD) + " " : "";
        return FixFields.text(entry, MDEntryType.FIELD) + " " + action + price + FixFields.text(entry, MDEntrySize.FIELD);
    }

    private List<Message> refreshes(String requestId) {
        return client.received().stream().filter(FixFields.ofType(MsgType.MARKET_DATA_INCREMENTAL_REFRESH))
                .filter(message -> FixFields.text(message, MDReqID.FIELD).equals(requestId)).toList();
    }

    /**
     * Returns once the venue thread has handled every earlier request and caught up with market time, and the
     * client has received all it sent until then.
     */
    private void awaitVenueCaughtUp() throws InterruptedException {
        int from = client.receivedCount();
        client.send(new OrderMessages(market.clock).statusRequest("NONE-SUCH", "AAPL", Side.BUY));
        client.awaitMessage(from, FixFields.executionReport("NONE-SUCH", ExecType.ORDER_STATUS), TIMEOUT);
    }

    @Test
    void aSubscriptionGetsASnapshotThenARefreshPerMarketStep() throws Exception {
        client.send(request("MD1", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL"));
        Message snapshot = client.awaitMessage(FixFields.ofType(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH), TIMEOUT);
        assertThat(FixFields.text(snapshot, MDReqID.FIELD)).isEqualTo("MD1");
        assertThat(FixFields.text(snapshot, Symbol.FIELD)).isEqualTo("AAPL");
        // bid, offer (with what one order may take), last trade and the session's volume so far
        assertThat(entries(snapshot)).containsExactly("0 100.00 500", "1 100.01 500", "2 100.00 1000", "B 1000");

        market.advanceSeconds(5);

        await(() -> refreshes("MD1").size() == 5);
        List<Message> refreshes = refreshes("MD1");
        assertThat(entries(refreshes.get(0)))
                .containsExactly("0 1 100.00 500", "1 1 100.01 500", "2 0 100.00 1000", "B 1 2000");
        // second 5 is the low of the second bar
        assertThat(entries(refreshes.get(4)))
                .containsExactly("0 1 99.50 500", "1 1 99.51 500", "2 0 99.50 1000", "B 1 6000");
        assertThat(refreshes.get(4).getGroups(NoMDEntries.FIELD))
                .allSatisfy(entry -> assertThat(FixFields.text(entry, Symbol.FIELD)).isEqualTo("AAPL"));
    }

    @Test
    void anUnsubscribeStopsTheRefreshesAndASnapshotRequestGetsNone() throws Exception {
        client.send(request("MD1", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL"));
        client.send(request("SNAP", SubscriptionRequestType.SNAPSHOT, "AAPL", "IBM"));
        client.awaitMessage(FixFields.ofType(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH)
                .and(message -> FixFields.text(message, Symbol.FIELD).equals("IBM")), TIMEOUT);
        market.advanceSeconds(1);
        await(() -> refreshes("MD1").size() == 1);

        client.send(request("MD1", SubscriptionRequestType.DISABLE_PREVIOUS_SNAPSHOT_UPDATE_REQUEST, "AAPL"));
        awaitVenueCaughtUp();
        market.advanceSeconds(3);
        awaitVenueCaughtUp();

        assertThat(refreshes("MD1")).hasSize(1);
        assertThat(refreshes("SNAP")).isEmpty();
    }

    @Test
    void unknownSymbolsDuplicateRequestIdsAndTooManySubscriptionsAreRejected() throws Exception {
        client.send(request("BAD", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL", "NOPE"));
        Message unknown = client.awaitMessage(FixFields.ofType(MsgType.MARKET_DATA_REQUEST_REJECT), TIMEOUT);
        assertThat(unknown.getChar(MDReqRejReason.FIELD)).isEqualTo(MDReqRejReason.UNKNOWN_SYMBOL);
        assertThat(FixFields.text(unknown, Text.FIELD)).isEqualTo("Unknown symbol NOPE");

        client.send(request("MD1", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL"));
        client.send(request("MD1", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL"));
        client.send(request("MD2", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL"));
        client.send(request("MD3", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL"));

        Message duplicate = awaitReject("MD1");
        assertThat(duplicate.getChar(MDReqRejReason.FIELD)).isEqualTo(MDReqRejReason.DUPLICATE_MDREQID);
        assertThat(FixFields.text(duplicate, Text.FIELD)).isEqualTo("Duplicate MDReqID MD1 of a live subscription");
        Message tooMany = awaitReject("MD3");
        assertThat(tooMany.getChar(MDReqRejReason.FIELD)).isEqualTo(MDReqRejReason.INSUFFICIENT_BANDWIDTH);
        assertThat(FixFields.text(tooMany, Text.FIELD)).isEqualTo("At most 2 live subscriptions per session");
        assertThat(client.received()).filteredOn(FixFields.ofType(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH))
                .extracting(message -> FixFields.text(message, MDReqID.FIELD)).containsExactly("MD1", "MD2");
    }

    private Message awaitReject(String requestId) throws InterruptedException {
        return client.awaitMessage(FixFields.ofType(MsgType.MARKET_DATA_REQUEST_REJECT)
                .and(message -> FixFields.text(message, MDReqID.FIELD).equals(requestId)), TIMEOUT);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        org.awaitility.Awaitility.await().atMost(TIMEOUT).until(condition);
    }
}
