package fixgw.gateway.metrics;

import fixgw.gateway.engine.EngineMetrics;
import fixgw.gateway.order.OrderMetrics;
import fixgw.gateway.order.RejectReason;
import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.GaugeMetricFamily;
import io.prometheus.client.Histogram;
import io.prometheus.client.exporter.common.TextFormat;
import io.prometheus.client.hotspot.DefaultExports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Every metric the gateway exports, declared in this one place, in a registry of its own (so several gateways
 * can live in one JVM, as in tests). Thread-safe.
 */
public final class GatewayMetrics implements OrderMetrics, EngineMetrics {

    private static final double NANOS_PER_SECOND = 1e9;
    private static final double[] LATENCY_BUCKETS = {
        10e-6, 25e-6, 50e-6, 100e-6, 250e-6, 500e-6, 1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 100e-3, 1};

    private final CollectorRegistry registry = new CollectorRegistry(true);

    private final Counter ordersReceived = Counter.build("fixgw_orders_received_total",
            "NewOrderSingle messages received from clients").register(registry);
    private final Counter ordersAcknowledged = Counter.build("fixgw_orders_acknowledged_total",
            "Orders acknowledged to clients (ExecutionReport New)").register(registry);
    private final Counter ordersRejected = Counter.build("fixgw_orders_rejected_total",
            "Orders rejected, by reason").labelNames("reason").register(registry);
    private final Counter fills = Counter.build("fixgw_fills_total",
            "Fills applied from brokers").register(registry);
    private final Counter filledQuantity = Counter.build("fixgw_filled_quantity_total",
            "Shares filled").register(registry);
    private final Counter executionsIgnored = Counter.build("fixgw_broker_executions_ignored_total",
            "Broker reports not applied: duplicates (same ExecID), already counted (CumQty not above ours) "
                    + "or unknown orders").labelNames("why")
            .register(registry);
    private final Counter reconciliationRequests = Counter.build("fixgw_reconciliation_requests_total",
            "OrderStatusRequests sent to brokers to reconcile open child orders after a logon").register(registry);
    private final Histogram orderLatency = Histogram.build("fixgw_order_latency_seconds",
            "Time inside the gateway: leg=route from client order in to child order out; "
                    + "leg=ack from client order in to its ExecutionReport New out (out: handed to the socket, "
                    + "after the journal's write and any sync)")
            .labelNames("leg").buckets(LATENCY_BUCKETS).register(registry);
    /** Resolved once: observed for every order, after the held socket writes, ahead of the batch's later ones. */
    private final Histogram.Child routeLeg = orderLatency.labels("route");
    private final Histogram.Child ackLeg = orderLatency.labels("ack");
    private final Histogram commitLatency = Histogram.build("fixgw_engine_commit_seconds",
            "Time to commit one engine batch").buckets(LATENCY_BUCKETS).register(registry);
    private final Histogram journalWrites = Histogram.build("fixgw_store_journal_write_seconds",
            "Time to write the journal once for a group of commits, with its sync at disk durability: what every "
                    + "message of an engine batch waits for before it leaves").buckets(LATENCY_BUCKETS)
            .register(registry);
    private final Histogram batchSize = Histogram.build("fixgw_engine_batch_commands",
            "Commands applied per engine batch").buckets(1, 2, 5, 10, 20, 50, 100, 200, 500).register(registry);
    private final Counter commandFailures = Counter.build("fixgw_engine_command_failures_total",
            "Commands whose application threw (a bug; the engine went on)").register(registry);

    public GatewayMetrics() {
        DefaultExports.register(registry);
    }

    /** Exports the engine queue depth and each FIX session's logon state, read when scraped. */
    public void registerLiveGauges(IntSupplier queueDepth, Supplier<Map<String, Map<String, Boolean>>> sessions) {
        new Collector() {
            @Override
            public List<MetricFamilySamples> collect() {
                GaugeMetricFamily depth = new GaugeMetricFamily("fixgw_engine_queue_depth",
                        "Commands waiting for the engine thread", queueDepth.getAsInt());
                GaugeMetricFamily loggedOn = new GaugeMetricFamily("fixgw_session_logged_on",
                        "1 when the FIX session is logged on", List.of("side", "session"));
                sessions.get().forEach((side, bySession) -> bySession.forEach((session, up) ->
                        loggedOn.addMetric(List.of(side, session), up ? 1 : 0)));
                return List.of(depth, loggedOn);
            }
        }.register(registry);
    }

    /** The registry's samples in the Prometheus text format 0.0.4. */
    public String scrape() {
        StringWriter writer = new StringWriter();
        try {
            TextFormat.write004(writer, registry.metricFamilySamples());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }

    /** One group write of the storage's journal took {@code nanos} (see {@code Storage#reportJournalWritesTo}). */
    public void journalWritten(long nanos) {
        journalWrites.observe(nanos / NANOS_PER_SECOND);
    }

    @Override
    public void orderReceived() {
        ordersReceived.inc();
    }

    @Override
    public void orderAcknowledged() {
        ordersAcknowledged.inc();
    }

    @Override
    public void orderRejected(RejectReason reason) {
        ordersRejected.labels(reason.name().toLowerCase(Locale.ROOT)).inc();
    }

    @Override
    public void fill(long quantity) {
        fills.inc();
        filledQuantity.inc(quantity);
    }

    @Override
    public void duplicateExecutionIgnored() {
        executionsIgnored.labels("duplicate").inc();
    }

    @Override
    public void unknownExecutionIgnored() {
        executionsIgnored.labels("unknown").inc();
    }

    @Override
    public void staleFillIgnored() {
        executionsIgnored.labels("already_counted").inc();
    }

    @Override
    public void reconciliationRequested() {
        reconciliationRequests.inc();
    }

    @Override
    public void routeLatency(long nanos) {
        routeLeg.observe(nanos / NANOS_PER_SECOND);
    }

    @Override
    public void acknowledgementLatency(long nanos) {
        ackLeg.observe(nanos / NANOS_PER_SECOND);
    }

    @Override
    public void batchCommitted(int commands, long commitNanos) {
        batchSize.observe(commands);
        commitLatency.observe(commitNanos / NANOS_PER_SECOND);
    }

    @Override
    public void commandFailed() {
        commandFailures.inc();
    }
}
