package fixgw.simulator.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import quickfix.Message;
import quickfix.field.BusinessRejectRefID;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrdStatus;
import quickfix.field.OrigClOrdID;
import quickfix.field.RefSeqNum;

/**
 * Follows each NEW row's order through its reports. Cancel and replace requests register their ClOrdID as
 * an alias of the order before they are sent, so every later report finds its order. Status reports and
 * pending states do not change the tracked state. Thread-safe: updated on the QuickFIX/J thread, read and
 * awaited on the main thread.
 */
final class OrderTracker {
    private final List<TrackedOrder> orders = new ArrayList<>();
    private final Map<String, TrackedOrder> byClOrdId = new HashMap<>();
    private final Map<Integer, TrackedOrder> newOrderBySeqNum = new HashMap<>();

    synchronized TrackedOrder track(OrderRow newRow) {
        TrackedOrder order = new TrackedOrder(newRow);
        orders.add(order);
        byClOrdId.put(newRow.clOrdId(), order);
        return order;
    }

    /** Later reports carrying {@code clOrdId} belong to {@code order}. */
    synchronized void alias(String clOrdId, TrackedOrder order) {
        byClOrdId.put(clOrdId, order);
    }

    /** A session Reject naming this sequence number rejects the order itself. */
    synchronized void sentNewOrder(int msgSeqNum, TrackedOrder order) {
        newOrderBySeqNum.put(msgSeqNum, order);
    }

    synchronized TrackedOrder find(String clOrdId) {
        return byClOrdId.get(clOrdId);
    }

    synchronized void onMessage(Message message) {
        String type = FixFields.msgType(message);
        if (MsgType.EXECUTION_REPORT.equals(type)) {
            onExecutionReport(message);
        } else if (MsgType.REJECT.equals(type) || MsgType.BUSINESS_MESSAGE_REJECT.equals(type)) {
            TrackedOrder order = newOrderBySeqNum.get(seqNum(message));
            if (order == null && MsgType.BUSINESS_MESSAGE_REJECT.equals(type)) {
                TrackedOrder byRef = byClOrdId.get(FixFields.text(message, BusinessRejectRefID.FIELD));
                order = byRef != null && byRef.state() == OrderState.PENDING ? byRef : null;
            }
            if (order != null && order.state() == OrderState.PENDING) {
                order.state(OrderState.REJECTED);
            }
        }
        notifyAll();
    }

    /** Waits until every order is in its expected state; false on timeout. */
    synchronized boolean awaitExpectedStates(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allAsExpected()) {
            long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (remainingMillis <= 0) {
                return false;
            }
            wait(remainingMillis);
        }
        return true;
    }

    synchronized List<TrackedOrder> mismatches() {
        return orders.stream().filter(order -> !isAsExpected(order)).toList();
    }

    synchronized RunSummary summary() {
        long filled = count(OrderState.FILLED);
        long canceled = count(OrderState.CANCELED);
        long rejected = count(OrderState.REJECTED);
        long open = orders.stream().filter(order -> order.state().isOpen()).count();
        return new RunSummary(orders.size(), filled, canceled, rejected, open);
    }

    private void onExecutionReport(Message report) {
        TrackedOrder order = byClOrdId.get(FixFields.text(report, ClOrdID.FIELD));
        if (order == null) {
            order = byClOrdId.get(FixFields.text(report, OrigClOrdID.FIELD));
        }
        if (order == null || FixFields.code(report, ExecType.FIELD) == ExecType.ORDER_STATUS) {
            return;
        }
        OrderState state = stateOf(FixFields.code(report, OrdStatus.FIELD));
        if (state != null) {
            order.state(state);
        }
    }

    private static OrderState stateOf(char ordStatus) {
        switch (ordStatus) {
            case OrdStatus.NEW:
                return OrderState.NEW;
            case OrdStatus.PARTIALLY_FILLED:
                return OrderState.PARTIALLY_FILLED;
            case OrdStatus.FILLED:
                return OrderState.FILLED;
            case OrdStatus.CANCELED:
                return OrderState.CANCELED;
            case OrdStatus.REJECTED:
                return OrderState.REJECTED;
            case OrdStatus.EXPIRED:
                return OrderState.EXPIRED;
            default:
                return null; // pending states: the order keeps its last known state
        }
    }

    private boolean allAsExpected() {
        return orders.stream().allMatch(OrderTracker::isAsExpected);
    }

    /** Without expect (backtests) any answered state will do. */
    private static boolean isAsExpected(TrackedOrder order) {
        OrderState expect = order.row().expect();
        return expect == null ? order.state() != OrderState.PENDING : order.state() == expect;
    }

    private long count(OrderState state) {
        return orders.stream().filter(order -> order.state() == state).count();
    }

    private static int seqNum(Message message) {
        String refSeqNum = FixFields.text(message, RefSeqNum.FIELD);
        return refSeqNum.isEmpty() ? -1 : Integer.parseInt(refSeqNum);
    }
}
