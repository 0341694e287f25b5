package fixgw.gateway.admin;

import fixgw.gateway.metrics.GatewayMetrics;
import fixgw.gateway.order.RejectReason;
import fixgw.gateway.order.Side;
import fixgw.gateway.position.PositionBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class AdminServerTest {

    private static final HealthReport.StorageHealth PROCESS_STORAGE = new HealthReport.StorageHealth("process", null);

    private final GatewayMetrics metrics = new GatewayMetrics();
    private final AtomicReference<HealthReport> health = new AtomicReference<>();
    private final PositionBook positions = new PositionBook();
    private final HttpClient http = HttpClient.newHttpClient();
    private AdminServer server;

    @BeforeEach
    void setUp() throws InterruptedException {
        health.set(HealthReport.of(new HealthReport.EngineHealth(true, false, 0), PROCESS_STORAGE,
                Map.of("clients", Map.of("CLIENT1", true), "brokers", Map.of("SIM", true))));
        server = AdminServer.start("127.0.0.1", 0, health::get, metrics::scrape, positions::all);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthListsEverySessionAndItsLogonState() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).contains("\"status\":\"UP\"", "\"CLIENT1\":true", "\"SIM\":true",
                "\"durability\":\"process\"");
    }

    @Test
    void healthIsDegradedWhenABrokerIsDownAndUnavailableWhenTheEngineIs() throws Exception {
        health.set(HealthReport.of(new HealthReport.EngineHealth(true, false, 0), PROCESS_STORAGE,
                Map.of("clients", Map.of(), "brokers", Map.of("SIM", false))));
        assertThat(get("/health").body()).contains("\"status\":\"DEGRADED\"", "\"SIM\":false");

        health.set(HealthReport.of(new HealthReport.EngineHealth(true, false, 0),
                new HealthReport.StorageHealth("disk", "No space left on device"), Map.of()));
        assertThat(get("/health").body()).contains("\"status\":\"DEGRADED\"", "No space left on device");

        health.set(HealthReport.of(new HealthReport.EngineHealth(true, true, 0), PROCESS_STORAGE, Map.of()));
        HttpResponse<String> down = get("/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("\"status\":\"DOWN\"", "\"failed\":true");
    }

    @Test
    void positionsListEachSessionsHoldingPerSymbolWithExactNotional() throws Exception {
        positions.onFill("CLIENT1", "AAPL", Side.BUY, 300, new BigDecimal("190.015"));
        positions.onFill("CLIENT1", "AAPL", Side.SELL, 100, new BigDecimal("191.5"));

        HttpResponse<String> response = get("/positions");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"session\":\"CLIENT1\"", "\"symbol\":\"AAPL\"",
                "\"boughtQuantity\":300", "\"boughtNotional\":57004.500", "\"soldQuantity\":100",
                "\"soldNotional\":19150.0");
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        metrics.orderReceived();
        metrics.orderRejected(RejectReason.UNKNOWN_SYMBOL);
        metrics.acknowledgementLatency(150_000);

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).contains("fixgw_orders_received_total 1.0",
                "fixgw_orders_rejected_total{reason=\"unknown_symbol\",} 1.0",
                "fixgw_order_latency_seconds_count{leg=\"ack\",} 1.0",
                "jvm_memory_bytes_used");
    }

    @Test
    void unknownPathsAndMethodsAreAnsweredNotDropped() throws Exception {
        assertThat(get("/nope").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }
}
