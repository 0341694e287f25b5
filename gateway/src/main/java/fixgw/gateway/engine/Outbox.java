package fixgw.gateway.engine;

import fixgw.gateway.order.BrokerOrders;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.ChildCancelRequest;
import fixgw.gateway.order.ChildOrderRequest;
import fixgw.gateway.order.ChildReplaceRequest;
import fixgw.gateway.order.ChildStatusRequest;
import fixgw.gateway.order.ClientMessage;
import fixgw.gateway.order.ClientReports;
import fixgw.gateway.order.ExecType;
import fixgw.gateway.order.ExecutionReport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Holds back what a batch of commands wants to send until the engine has committed the batch, then sends it in
 * order. This is how persist-before-acknowledge holds: the order manager cannot reach a session directly.
 *
 * <p>Not thread-safe: engine thread only.
 */
final class Outbox implements ClientReports, BrokerOrders {

    private final ClientReports clients;
    private final BrokerOrders brokers;
    private final EngineMetrics metrics;
    private final LongClock nanoClock;
    /** Runs a latency measurement once the messages handed over before it have left (see StateStore#afterSent). */
    private final Consumer<Runnable> afterSent;
    private final List<Pending> pending = new ArrayList<>();
    private long causeReceivedNanos;

    /** One outbound message and the arrival time of the command that caused it. */
    private record Pending(Object message, long causeReceivedNanos) {
    }

    /** Monotonic nanosecond time source, injectable for tests. */
    @FunctionalInterface
    interface LongClock {
        long nanoTime();
    }

    Outbox(ClientReports clients, BrokerOrders brokers, EngineMetrics metrics, LongClock nanoClock,
           Consumer<Runnable> afterSent) {
        this.clients = clients;
        this.brokers = brokers;
        this.metrics = metrics;
        this.nanoClock = nanoClock;
        this.afterSent = afterSent;
    }

    /** Notes which command is being applied, so latency can be measured from its arrival. */
    void setCause(long receivedNanos) {
        this.causeReceivedNanos = receivedNanos;
    }

    @Override
    public void sendExecutionReport(ExecutionReport report) {
        pending.add(new Pending(report, causeReceivedNanos));
    }

    @Override
    public void sendCancelReject(CancelReject reject) {
        pending.add(new Pending(reject, causeReceivedNanos));
    }

    @Override
    public void sendNewChild(ChildOrderRequest request) {
        pending.add(new Pending(request, causeReceivedNanos));
    }

    @Override
    public void sendCancelChild(ChildCancelRequest request) {
        pending.add(new Pending(request, causeReceivedNanos));
    }

    @Override
    public void sendReplaceChild(ChildReplaceRequest request) {
        pending.add(new Pending(request, causeReceivedNanos));
    }

    @Override
    public void sendStatusRequest(ChildStatusRequest request) {
        pending.add(new Pending(request, causeReceivedNanos));
    }

    int size() {
        return pending.size();
    }

    /** The messages held for clients, in order. */
    List<ClientMessage> clientMessages() {
        List<ClientMessage> messages = new ArrayList<>();
        for (Pending p : pending) {
            if (p.message() instanceof ClientMessage message) {
                messages.add(message);
            }
        }
        return messages;
    }

    /** Sends everything held, in the order it was produced. Call only after the batch is committed. */
    void flush() {
        for (Pending p : pending) {
            send(p);
        }
        pending.clear();
    }

    /** Drops everything held: the batch that produced it was not committed. */
    void discard() {
        pending.clear();
    }

    private void send(Pending p) {
        Object message = p.message();
        if (message instanceof ExecutionReport report) {
            clients.sendExecutionReport(report);
            if (report.execType() == ExecType.NEW && p.causeReceivedNanos() != 0) {
                measureOnceSent(metrics::acknowledgementLatency, p.causeReceivedNanos());
            }
        } else if (message instanceof CancelReject reject) {
            clients.sendCancelReject(reject);
        } else if (message instanceof ChildOrderRequest request) {
            brokers.sendNewChild(request);
            if (p.causeReceivedNanos() != 0) {
                measureOnceSent(metrics::routeLatency, p.causeReceivedNanos());
            }
        } else if (message instanceof ChildCancelRequest request) {
            brokers.sendCancelChild(request);
        } else if (message instanceof ChildReplaceRequest request) {
            brokers.sendReplaceChild(request);
        } else if (message instanceof ChildStatusRequest request) {
            brokers.sendStatusRequest(request);
        } else {
            throw new IllegalStateException("unknown outbound message " + message);
        }
    }

    /** Hands {@code latency} the time from {@code causeReceivedNanos} to when the message just handed over leaves. */
    private void measureOnceSent(LongConsumer latency, long causeReceivedNanos) {
        afterSent.accept(() -> latency.accept(nanoClock.nanoTime() - causeReceivedNanos));
    }
}
