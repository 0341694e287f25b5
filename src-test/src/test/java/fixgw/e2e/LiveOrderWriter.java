package fixgw.e2e;

import fixgw.gateway.order.ChildOrder;
import fixgw.gateway.order.NewOrderRequest;
import fixgw.gateway.order.OrderBook;
import fixgw.gateway.order.OrderType;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.Side;
import fixgw.gateway.order.TimeInForce;
import fixgw.gateway.config.StorageConfig;
import fixgw.gateway.engine.StateStore;
import fixgw.gateway.store.Storage;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a gateway data directory with open orders the way the engine would have stored them: each order in one
 * batch when it is routed (parent with its child) and again in a later batch when the broker acknowledges it, so
 * every order ends acknowledged and resting (a DAY limit order, nothing filled).
 */
final class LiveOrderWriter {

    static final String BROKER = "SIM";

    private LiveOrderWriter() {
    }

    /** ClOrdID of the {@code n}th order written, as its client sent it. */
    static String clOrdId(int n) {
        return "LIVE-" + n;
    }

    static String symbol(int n) {
        return GatewayStack.INSTRUMENTS.get(n % GatewayStack.INSTRUMENTS.size());
    }

    static Side side(int n) {
        return n % 2 == 0 ? Side.BUY : Side.SELL;
    }

    /** Writes {@code orders} live orders of client {@code session}, {@code batchSize} orders per engine batch. */
    static void write(Path directory, String session, int orders, int batchSize) {
        // the book indexes each order under its ClOrdID, as the engine's does, and the stored state keeps that
        OrderBook book = new OrderBook(1);
        // opened as the gateway opens it, so the directory has the layout the gateway reads
        try (Storage storage = Storage.open(new StorageConfig(directory.toString(), "process", 200), orders)) {
            StateStore store = storage.stateStore();
            for (int first = 0; first < orders; first += batchSize) {
                List<ParentOrder> batch = new ArrayList<>(batchSize);
                for (int n = first; n < Math.min(orders, first + batchSize); n++) {
                    batch.add(routed(book, session, n));
                }
                batch.forEach(store::created);
                store.commit();
                for (ParentOrder parent : batch) {
                    parent.acknowledge();
                    parent.children().get(0).acknowledge("B-" + parent.orderId());
                    store.changed(parent);
                }
                store.commit();
            }
        }
    }

    /** A new order and its child as the engine's routing leaves them (see OrderManager#onNewOrder). */
    private static ParentOrder routed(OrderBook book, String session, int n) {
        BigDecimal price = new BigDecimal("100.00").add(BigDecimal.valueOf(n % 500, 2));
        ParentOrder parent = new ParentOrder("G-" + n, new NewOrderRequest(session, clOrdId(n), symbol(n), side(n),
                OrderType.LIMIT, TimeInForce.DAY, 100, price, null, 0));
        book.add(parent);
        ChildOrder child = new ChildOrder(parent, BROKER, parent.nextBrokerClOrdId(), parent.quantity(), price);
        parent.addChild(child);
        book.addChildAlias(child, child.clOrdId());
        return parent;
    }
}
