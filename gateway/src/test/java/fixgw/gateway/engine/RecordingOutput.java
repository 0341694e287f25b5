package fixgw.gateway.engine;

import fixgw.gateway.order.BrokerOrders;
import fixgw.gateway.order.CancelReject;
import fixgw.gateway.order.ChildCancelRequest;
import fixgw.gateway.order.ChildOrderRequest;
import fixgw.gateway.order.ChildReplaceRequest;
import fixgw.gateway.order.ChildStatusRequest;
import fixgw.gateway.order.ClientReports;
import fixgw.gateway.order.ExecutionReport;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/** Records everything the order manager sends, in order, for whole-list assertions. Thread-safe. */
class RecordingOutput implements ClientReports, BrokerOrders {

    final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void sendExecutionReport(ExecutionReport report) {
        events.add(report);
    }

    @Override
    public void sendCancelReject(CancelReject reject) {
        events.add(reject);
    }

    @Override
    public void sendNewChild(ChildOrderRequest request) {
        events.add(request);
    }

    @Override
    public void sendCancelChild(ChildCancelRequest request) {
        events.add(request);
    }

    @Override
    public void sendReplaceChild(ChildReplaceRequest request) {
        events.add(request);
    }

    @Override
    public void sendStatusRequest(ChildStatusRequest request) {
        events.add(request);
    }

    <T> T last(Class<T> type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (type.isInstance(events.get(i))) {
                return type.cast(events.get(i));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + events);
    }

    List<Object> takeAll() {
        List<Object> copy = List.copyOf(events);
        events.clear();
        return copy;
    }
}
