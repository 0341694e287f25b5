package fixgw.simulator.client;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import quickfix.Message;
import quickfix.field.BusinessRejectRefID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.RefSeqNum;

/**
 * Sends the rows of an orders CSV one at a time through a {@link FixClient}, waiting after each until it is
 * answered, prints every received report, then waits until every order reached its expected state.
 * Single use; drive it from one thread.
 */
public final class CsvOrderRunner {
    private final FixClient client;
    private final OrderMessages messages;
    private final PrintStream out;
    private final Duration timeout;
    private final OrderTracker tracker = new OrderTracker();

    /** @param timeout deadline for each row's answer and for the final states */
    public CsvOrderRunner(FixClient client, OrderMessages messages, PrintStream out, Duration timeout) {
        this.client = client;
        this.messages = messages;
        this.out = out;
        this.timeout = timeout;
        client.addListener(message -> {
            tracker.onMessage(message);
            out.println(ReportFormatter.format(message));
        });
    }

    public CsvRunResult run(List<OrderRow> rows) throws InterruptedException {
        return run(rows, RowPacer.NONE);
    }

    /** @param pacer holds each row back until its turn (a backtest's market time) */
    public CsvRunResult run(List<OrderRow> rows, RowPacer pacer) throws InterruptedException {
        List<String> problems = new ArrayList<>();
        for (OrderRow row : rows) {
            pacer.awaitTurnOf(row);
            int from = client.receivedCount();
            int seqNum = send(row);
            if (client.findMessage(from, answers(row, seqNum), timeout).isEmpty()) {
                problems.add("line " + row.line() + " " + row.action() + " " + idOf(row) + ": no answer within "
                        + timeout);
            }
        }
        if (!tracker.awaitExpectedStates(timeout)) {
            problems.add("timed out after " + timeout + " waiting for the expected final states");
        }
        for (TrackedOrder order : tracker.mismatches()) {
            problems.add("MISMATCH line " + order.row().line() + " clOrdId=" + order.row().clOrdId()
                    + " expected=" + order.row().expect() + " actual=" + order.state());
        }
        return new CsvRunResult(tracker.summary(), problems);
    }

    private int send(OrderRow row) {
        switch (row.action()) {
            case NEW: {
                TrackedOrder order = tracker.track(row);
                int seqNum = client.send(messages.newOrderSingle(row.clOrdId(), row.symbol(), row.side(),
                        row.ordType(), row.quantity(), row.price(), row.timeInForce()));
                tracker.sentNewOrder(seqNum, order);
                return seqNum;
            }
            case CANCEL: {
                TrackedOrder order = aliasOriginal(row);
                return client.send(messages.cancel(row.clOrdId(), row.origClOrdId(),
                        symbolOf(row, order), sideOf(row, order)));
            }
            case REPLACE: {
                TrackedOrder order = aliasOriginal(row);
                char ordType = row.ordType() != null ? row.ordType()
                        : order != null ? order.row().ordType() : quickfix.field.OrdType.LIMIT;
                return client.send(messages.replace(row.clOrdId(), row.origClOrdId(), symbolOf(row, order),
                        sideOf(row, order), ordType, row.quantity(), row.price()));
            }
            default: {
                TrackedOrder order = tracker.find(row.origClOrdId());
                return client.send(messages.statusRequest(row.origClOrdId(), symbolOf(row, order),
                        sideOf(row, order)));
            }
        }
    }

    private TrackedOrder aliasOriginal(OrderRow row) {
        TrackedOrder order = tracker.find(row.origClOrdId());
        if (order != null) {
            tracker.alias(row.clOrdId(), order);
        }
        return order;
    }

    private static String symbolOf(OrderRow row, TrackedOrder order) {
        return row.symbol() != null ? row.symbol() : order.row().symbol();
    }

    private static char sideOf(OrderRow row, TrackedOrder order) {
        return row.side() != null ? row.side() : order.row().side();
    }

    private static String idOf(OrderRow row) {
        return row.clOrdId() != null ? row.clOrdId() : row.origClOrdId();
    }

    /** What counts as the final answer to a row (pending reports do not). */
    private static Predicate<Message> answers(OrderRow row, int seqNum) {
        Predicate<Message> rejectsRequest = message -> {
            String type = FixFields.msgType(message);
            return (MsgType.REJECT.equals(type) || MsgType.BUSINESS_MESSAGE_REJECT.equals(type))
                    && (Integer.toString(seqNum).equals(FixFields.text(message, RefSeqNum.FIELD))
                    || idOf(row).equals(FixFields.text(message, BusinessRejectRefID.FIELD)));
        };
        switch (row.action()) {
            case NEW:
                return rejectsRequest.or(FixFields.executionReport(row.clOrdId()).and(message -> {
                    char execType = FixFields.code(message, ExecType.FIELD);
                    return execType != ExecType.PENDING_NEW && execType != ExecType.ORDER_STATUS;
                }));
            case CANCEL:
                return rejectsRequest.or(FixFields.executionReport(row.clOrdId(), ExecType.CANCELED))
                        .or(FixFields.cancelReject(row.clOrdId()));
            case REPLACE:
                return rejectsRequest.or(FixFields.executionReport(row.clOrdId(), ExecType.REPLACED))
                        .or(FixFields.cancelReject(row.clOrdId()));
            default:
                return rejectsRequest.or(FixFields.executionReport(row.origClOrdId(), ExecType.ORDER_STATUS));
        }
    }
}
