package fixgw.simulator.fix;

import static org.assertj.core.api.Assertions.assertThat;

import fixgw.simulator.Simulator;
import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixClientSettings;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.config.SimulatorConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import quickfix.Group;
import quickfix.Message;
import quickfix.field.MDEntryPx;
import quickfix.field.MDEntrySize;
import quickfix.field.MDEntryType;
import quickfix.field.MDReqID;
import quickfix.field.MDReqRejReason;
import quickfix.field.MsgType;
import quickfix.field.NoMDEntries;
import quickfix.field.SubscriptionRequestType;
import quickfix.field.Symbol;
import quickfix.field.Text;
import quickfix.fix44.MarketDataRequest;

/** MarketDataRequest (V) over a real FIX session against the static quotes. */
class MarketDataFixTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Simulator simulator;
    private FixClient client;

    @BeforeEach
    void startSimulatorAndConnect() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        simulator = Simulator.start(SimulatorConfig.onPort(port));
        client = FixClient.connect(FixClientSettings.of("127.0.0.1", simulator.port(), "DIRECT", "SIM"), TIMEOUT);
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private static MarketDataRequest request(String id, char subscription, String... symbols) {
        return MarketDataRequests.request(id, subscription, new char[] {MDEntryType.BID, MDEntryType.OFFER}, symbols);
    }

    @Test
    void aSubscriptionIsAnsweredWithASnapshotOfBidAndOfferPerSymbol() throws Exception {
        client.send(request("MD1", SubscriptionRequestType.SNAPSHOT_UPDATES, "AAPL", "IBM"));

        Message aapl = client.awaitMessage(FixFields.ofType(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH)
                .and(message -> FixFields.text(message, Symbol.FIELD).equals("AAPL")), TIMEOUT);
        Message ibm = client.awaitMessage(FixFields.ofType(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH)
                .and(message -> FixFields.text(message, Symbol.FIELD).equals("IBM")), TIMEOUT);

        assertThat(FixFields.text(aapl, MDReqID.FIELD)).isEqualTo("MD1");
        List<Group> entries = aapl.getGroups(NoMDEntries.FIELD);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getChar(MDEntryType.FIELD)).isEqualTo(MDEntryType.BID);
        assertThat(entries.get(0).getDecimal(MDEntryPx.FIELD)).isEqualByComparingTo("189.98");
        assertThat(entries.get(0).getDecimal(MDEntrySize.FIELD)).isEqualByComparingTo("500");
        assertThat(entries.get(1).getChar(MDEntryType.FIELD)).isEqualTo(MDEntryType.OFFER);
        assertThat(entries.get(1).getDecimal(MDEntryPx.FIELD)).isEqualByComparingTo("190.02");
        assertThat(ibm.getGroups(NoMDEntries.FIELD).get(1).getDecimal(MDEntryPx.FIELD)).isEqualByComparingTo("221.50");
    }

    @Test
    void anUnknownSymbolIsRejectedWithMarketDataRequestReject() throws Exception {
        client.send(request("MD2", SubscriptionRequestType.SNAPSHOT, "AAPL", "NOPE"));

        Message reject = client.awaitMessage(FixFields.ofType(MsgType.MARKET_DATA_REQUEST_REJECT), TIMEOUT);

        assertThat(FixFields.text(reject, MDReqID.FIELD)).isEqualTo("MD2");
        assertThat(reject.getChar(MDReqRejReason.FIELD)).isEqualTo(MDReqRejReason.UNKNOWN_SYMBOL);
        assertThat(FixFields.text(reject, Text.FIELD)).isEqualTo("Unknown symbol NOPE");
        assertThat(client.received()).noneMatch(FixFields.ofType(MsgType.MARKET_DATA_SNAPSHOT_FULL_REFRESH));
    }
}
