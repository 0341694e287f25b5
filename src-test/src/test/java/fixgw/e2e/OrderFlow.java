package fixgw.e2e;

import fixgw.simulator.client.FixClient;
import fixgw.simulator.client.FixFields;
import fixgw.simulator.client.OrderMessages;
import quickfix.Message;
import quickfix.field.ClOrdID;
import quickfix.field.ExecType;
import quickfix.field.MsgType;
import quickfix.field.OrdType;
import quickfix.field.Side;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady order flow from one FIX client, paced by a scheduler: marketable market and limit orders on both sides
 * of AAPL, MSFT and IBM that fill at once at the simulator's static quotes (some in several partial fills), and
 * limit orders away from the quote that rest until the flow cancels them. It remembers every order it tried to
 * send and every ClOrdID its cancels used, and sends only while the client is logged on.
 *
 * <p>Thread-safe: the pacer thread, the client's session thread (acknowledgements) and the test thread share it.
 */
final class OrderFlow implements AutoCloseable {

    /** An order the flow tried to send; it may never have left the client if the session dropped meanwhile. */
    record SentOrder(String clOrdId, String symbol, char side, long quantity, boolean resting) {
    }

    /** Limit prices per symbol: through the simulator's quote (AAPL 189.98/190.02, MSFT 419.95/420.05, IBM
     *  221.40/221.50) to fill at once, or away from it to rest. */
    private record Prices(BigDecimal marketableBuy, BigDecimal marketableSell, BigDecimal restingBuy,
                          BigDecimal restingSell) {
        static Prices of(String marketableBuy, String marketableSell, String restingBuy, String restingSell) {
            return new Prices(new BigDecimal(marketableBuy), new BigDecimal(marketableSell),
                    new BigDecimal(restingBuy), new BigDecimal(restingSell));
        }
    }

    private static final Map<String, Prices> PRICES = Map.of(
            "AAPL", Prices.of("191", "189", "180", "200"),
            "MSFT", Prices.of("421", "419", "400", "440"),
            "IBM", Prices.of("222", "221", "210", "230"));
    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "IBM");
    /** Every how many steps an order rests at the broker until canceled. */
    private static final int RESTING_EVERY = 5;

    private final FixClient client;
    private final OrderMessages messages = new OrderMessages(Clock.systemUTC());
    private final Random random;
    private final Map<String, SentOrder> sent = new ConcurrentHashMap<>();
    /** Cancel ClOrdID -> the ClOrdID of the order it cancels. */
    private final Map<String, String> cancels = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Queue<SentOrder> restingToCancel = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextId = new AtomicInteger();
    private final AtomicInteger steps = new AtomicInteger();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "order-flow"));

    OrderFlow(FixClient client, long seed) {
        this.client = client;
        this.random = new Random(seed);
        client.addListener(this::onMessage);
    }

    /** Sends one order (or one cancel of a resting order) every {@code interval}, from now until {@link #close()}. */
    void start(Duration interval) {
        pacer.scheduleAtFixedRate(this::step, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Sends {@code count} marketable orders back to back from the calling thread. */
    void burst(int count) {
        for (int i = 0; i < count; i++) {
            String symbol = SYMBOLS.get(i % SYMBOLS.size());
            char side = i % 2 == 0 ? Side.BUY : Side.SELL;
            trySend(new SentOrder(nextClOrdId(), symbol, side, 100 + 100L * (i % 4), false), OrdType.MARKET, null);
        }
    }

    /** Sends one market order far larger than the quoted size, which the simulator fills in many partial fills. */
    String sendLargeOrder(String symbol, char side, long quantity) {
        SentOrder order = new SentOrder(nextClOrdId(), symbol, side, quantity, false);
        trySend(order, OrdType.MARKET, null);
        return order.clOrdId();
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    boolean wasAcknowledged(String clOrdId) {
        return acknowledged.contains(clOrdId);
    }

    Collection<SentOrder> sent() {
        return List.copyOf(sent.values());
    }

    /** The order an ExecutionReport with this ClOrdID is about: one of the flow's orders or one of its cancels. */
    Optional<SentOrder> orderOf(String clOrdId) {
        SentOrder order = sent.get(clOrdId);
        return order != null ? Optional.of(order) : Optional.ofNullable(cancels.get(clOrdId)).map(sent::get);
    }

    /** Remembers a cancel ClOrdID someone else (the test) sends for one of the flow's orders. */
    void recordCancel(String cancelClOrdId, String origClOrdId) {
        cancels.put(cancelClOrdId, origClOrdId);
    }

    /** Stops sending and waits for a step in progress to end. */
    @Override
    public void close() throws InterruptedException {
        pacer.shutdownNow();
        if (!pacer.awaitTermination(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("order flow did not stop");
        }
    }

    private void step() {
        if (!client.isLoggedOn()) {
            return;
        }
        int step = steps.incrementAndGet();
        if (step % 3 == 0 && cancelOneRestingOrder()) {
            return;
        }
        String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
        char side = random.nextBoolean() ? Side.BUY : Side.SELL;
        long quantity = 100L * (1 + random.nextInt(8));
        Prices prices = PRICES.get(symbol);
        boolean buy = side == Side.BUY;
        if (step % RESTING_EVERY == 1) {
            trySend(new SentOrder(nextClOrdId(), symbol, side, quantity, true), OrdType.LIMIT,
                    buy ? prices.restingBuy() : prices.restingSell());
        } else if (random.nextBoolean()) {
            trySend(new SentOrder(nextClOrdId(), symbol, side, quantity, false), OrdType.MARKET, null);
        } else {
            trySend(new SentOrder(nextClOrdId(), symbol, side, quantity, false), OrdType.LIMIT,
                    buy ? prices.marketableBuy() : prices.marketableSell());
        }
    }

    private boolean cancelOneRestingOrder() {
        SentOrder order = restingToCancel.poll();
        if (order == null) {
            return false;
        }
        String cancelId = "X" + order.clOrdId();
        recordCancel(cancelId, order.clOrdId());
        try {
            client.send(messages.cancel(cancelId, order.clOrdId(), order.symbol(), order.side()));
        } catch (IllegalStateException notLoggedOn) {
            // the session dropped: the order stays open until the end of the test cancels it
        }
        return true;
    }

    /** Remembers the order first: its reports may arrive before {@code send} returns. */
    private void trySend(SentOrder order, char ordType, BigDecimal price) {
        sent.put(order.clOrdId(), order);
        try {
            client.send(messages.newOrderSingle(order.clOrdId(), order.symbol(), order.side(), ordType,
                    order.quantity(), price, null));
        } catch (IllegalStateException notLoggedOn) {
            // the session dropped between the check and the send: the order never left the client
        }
    }

    private String nextClOrdId() {
        return "C" + nextId.incrementAndGet();
    }

    private void onMessage(Message message) {
        if (!FixFields.msgType(message).equals(MsgType.EXECUTION_REPORT)
                || FixFields.code(message, ExecType.FIELD) != ExecType.NEW) {
            return;
        }
        String clOrdId = FixFields.text(message, ClOrdID.FIELD);
        SentOrder order = sent.get(clOrdId);
        if (order != null && acknowledged.add(clOrdId) && order.resting()) {
            restingToCancel.add(order);
        }
    }
}
