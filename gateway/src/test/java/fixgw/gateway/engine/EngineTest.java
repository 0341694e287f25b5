package fixgw.gateway.engine;

import fixgw.gateway.order.BrokerCancelReject;
import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.BrokerOrderStatus;
import fixgw.gateway.order.BrokerSessionChange;
import fixgw.gateway.order.CancelRequest;
import fixgw.gateway.order.CommandHandler;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderStatus;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ReplaceRequest;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.StatusRequest;
import fixgw.gateway.order.TimeInForce;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EngineTest {

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final RecordingOutput sent = new RecordingOutput() {
        @Override
        public void sendExecutionReport(ExecutionReport report) {
            log.add("send " + report.clOrdId());
            super.sendExecutionReport(report);
        }
    };
    private Engine engine;

    @AfterEach
    void tearDown() {
        if (engine != null) {
            engine.close();
        }
    }

    /** A handler that answers every new order with one report, so the test sees when sending happens. */
    private static CommandHandler echo(fixgw.gateway.order.ClientReports clients, List<String> log) {
        return new CommandHandler() {
            @Override
            public void onNewOrder(NewOrderRequest request) {
                log.add("apply " + request.clOrdId());
                if (request.clOrdId().equals("BOOM")) {
                    throw new IllegalStateException("bug in a handler");
                }
                clients.sendExecutionReport(new ExecutionReport(request.session(), "G1", request.clOrdId(), null,
                        "E1", ExecType.NEW, OrderStatus.NEW, request.symbol(), request.side(), request.type(),
                        request.timeInForce(), request.quantity(), null, 0, null, 0, request.quantity(),
                        BigDecimal.ZERO, null, null, null, Instant.EPOCH));
            }

            @Override
            public void onCancel(CancelRequest request) {
            }

            @Override
            public void onReplace(ReplaceRequest request) {
            }

            @Override
            public void onStatusRequest(StatusRequest request) {
            }

            @Override
            public void onBrokerExecution(BrokerExecution execution) {
            }

            @Override
            public void onBrokerCancelReject(BrokerCancelReject reject) {
            }

            @Override
            public void onBrokerOrderStatus(BrokerOrderStatus status) {
            }

            @Override
            public void onBrokerSessionChange(BrokerSessionChange change) {
            }
        };
    }

    private static NewOrderRequest order(String clOrdId) {
        return new NewOrderRequest("C", clOrdId, "AAPL", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 1, null,
                null, 0);
    }

    @Test
    void commitsEachBatchBeforeSendingAnythingItProduced() {
        engine = new Engine(new Engine.Settings(1024, 64), () -> log.add("commit"), EngineMetrics.NONE, sent, sent,
                (clients, brokers) -> echo(clients, log));
        engine.start();

        for (int i = 0; i < 50; i++) {
            engine.submit(order("O" + i));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> sent.events.size() == 50);
        List<String> snapshot = logSnapshot();
        for (int i = 0; i < 50; i++) {
            int applied = snapshot.indexOf("apply O" + i);
            int sentAt = snapshot.indexOf("send O" + i);
            int commitBetween = snapshot.subList(applied, sentAt).indexOf("commit");
            assertThat(commitBetween).as("a commit between applying and sending O%d", i).isPositive();
        }
    }

    @Test
    void sendsNothingFromABatchWhoseCommitFailedAndStops() {
        AtomicBoolean failCommit = new AtomicBoolean(true);
        engine = new Engine(new Engine.Settings(16, 16), () -> {
            if (failCommit.get()) {
                throw new IllegalStateException("disk full");
            }
        }, EngineMetrics.NONE, sent, sent, (clients, brokers) -> echo(clients, log));
        engine.start();

        engine.submit(order("O1"));

        await().atMost(Duration.ofSeconds(10)).until(engine::hasFailed);
        assertThat(sent.events).isEmpty();
        assertThat(engine.submit(order("O2"))).isFalse();
    }

    @Test
    void keepsGoingWhenOneCommandThrows() {
        AtomicInteger failures = new AtomicInteger();
        EngineMetrics metrics = new EngineMetrics() {
            @Override
            public void commandFailed() {
                failures.incrementAndGet();
            }
        };
        engine = new Engine(new Engine.Settings(16, 16), StateStore.IN_MEMORY, metrics, sent, sent,
                (clients, brokers) -> echo(clients, log));
        engine.start();

        engine.submit(order("BOOM"));
        engine.submit(order("O2"));

        await().atMost(Duration.ofSeconds(10)).until(() -> sent.events.size() == 1);
        assertThat(sent.last(ExecutionReport.class).clOrdId()).isEqualTo("O2");
        assertThat(failures).hasValue(1);
        assertThat(engine.hasFailed()).isFalse();
    }

    @Test
    void drainsQueuedCommandsOnClose() {
        engine = new Engine(new Engine.Settings(1024, 8), StateStore.IN_MEMORY, EngineMetrics.NONE, sent, sent,
                (clients, brokers) -> echo(clients, log));
        for (int i = 0; i < 100; i++) {
            engine.submit(order("O" + i));
        }
        engine.start();

        engine.close();

        assertThat(sent.events).hasSize(100);
        assertThat(engine.submit(order("LATE"))).isFalse();
    }

    @Test
    void recordsHowFarEachSessionWasAppliedInTheCommitThatAppliedIt() {
        StateStore store = new CommitLogging() {
            @Override
            public void applied(String sessionId, InboundPosition position) {
                log.add("applied " + sessionId + " " + position.msgSeqNum());
            }
        };
        startEngine(store);

        engine.submit(new InboundCommand(order("O1"), "S1", new InboundPosition(7, 41)));
        engine.submit(new InboundCommand(order("BOOM"), "S1", new InboundPosition(7, 42)));

        await().atMost(Duration.ofSeconds(10)).until(() -> sent.events.size() == 1 && log.contains("applied S1 42"));
        List<String> snapshot = logSnapshot();
        // each position is staged before the commit of its command; a command that failed is still recorded,
        // so a restart does not apply it again
        assertThat(snapshot.indexOf("applied S1 41")).isLessThan(snapshot.indexOf("apply O1"));
        assertThat(snapshot.subList(snapshot.indexOf("applied S1 42"), snapshot.size())).contains("commit");
    }

    @Test
    void handsTheStoreWhatABatchWillSendToClientsBeforeCommittingIt() {
        StateStore store = new CommitLogging() {
            @Override
            public void sending(List<fixgw.gateway.order.ClientMessage> messages) {
                messages.forEach(message -> log.add("sending " + ((ExecutionReport) message).clOrdId()));
            }
        };
        startEngine(store);

        engine.submit(order("O1"));

        await().atMost(Duration.ofSeconds(10)).until(() -> sent.events.size() == 1);
        List<String> snapshot = logSnapshot();
        assertThat(snapshot).containsSubsequence("apply O1", "sending O1", "commit", "send O1");
    }

    private List<String> logSnapshot() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Test
    void sendsWhatABatchProducedInsideTheStoresSend() {
        startEngine(new CommitLogging() {
            @Override
            public void send(Runnable send) { // where a durable store holds the socket writes of the batch
                log.add("send starts");
                send.run();
                log.add("send ends");
            }
        });

        engine.submit(order("S1"));

        await().atMost(Duration.ofSeconds(10)).until(() -> logSnapshot().contains("send ends"));
        assertThat(logSnapshot()).containsSubsequence("apply S1", "commit", "send starts", "send S1", "send ends");
    }

    @Test
    void measuresTheAcknowledgementWhenTheStoreLetsItLeaveNotWhenItIsHandedOver() {
        List<Runnable> held = new ArrayList<>();
        StateStore store = new CommitLogging() {
            @Override
            public void send(Runnable send) { // a durable store: socket writes wait for the batch's sync
                send.run();
                log.add("synced");
                held.forEach(Runnable::run);
                held.clear();
            }

            @Override
            public void afterSent(Runnable action) {
                held.add(action);
            }
        };
        EngineMetrics metrics = new EngineMetrics() {
            @Override
            public void acknowledgementLatency(long nanos) {
                log.add("ack measured");
            }
        };
        engine = new Engine(new Engine.Settings(16, 16), store, metrics, sent, sent,
                (clients, brokers) -> echo(clients, log));
        engine.start();

        engine.submit(new NewOrderRequest("C", "O1", "AAPL", Side.BUY, OrderType.MARKET, TimeInForce.DAY, 1, null,
                null, System.nanoTime()));

        await().atMost(Duration.ofSeconds(10)).until(() -> logSnapshot().contains("ack measured"));
        assertThat(logSnapshot()).containsSubsequence("send O1", "synced", "ack measured");
    }

    /** A store that logs each commit; tests add what else they watch. */
    private class CommitLogging implements StateStore {
        @Override
        public void commit() {
            log.add("commit");
        }
    }

    private void startEngine(StateStore store) {
        engine = new Engine(new Engine.Settings(16, 16), store, EngineMetrics.NONE, sent, sent,
                (clients, brokers) -> echo(clients, log));
        engine.start();
    }
}
