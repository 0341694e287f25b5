package fixgw.simulator.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fixgw.simulator.fix.SessionFaults;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's admin HTTP endpoint on 127.0.0.1, to switch session faults while running:
 * <ul>
 *   <li>{@code GET /sessions}: every session's faults, by counterparty CompID;
 *   <li>{@code POST /sessions/{compId}/faults?rejectAll=true&silent=false&disconnectAfterOrders=3}: sets the
 *       given faults (any subset), answers the session's state;
 *   <li>{@code POST /sessions/{compId}/faults?clear=true}: switches them all off.
 * </ul>
 * Bad requests get 400, unknown sessions 404, each with {@code {"error": "..."}}. One handler thread; the
 * faults themselves are thread-safe. {@link #close()} stops it.
 */
public final class AdminServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final String PREFIX = "/sessions";
    private static final String FAULTS = "/faults";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Supplier<Map<String, SessionFaults>> faults;
    private final ObjectMapper json = new ObjectMapper();

    private AdminServer(HttpServer server, ExecutorService executor, Supplier<Map<String, SessionFaults>> faults) {
        this.server = server;
        this.executor = executor;
        this.faults = faults;
    }

    /**
     * Binds 127.0.0.1:{@code port} (0: a free port) and starts serving.
     *
     * @param faults the sessions' faults by counterparty CompID, read on each request
     */
    public static AdminServer start(int port, Supplier<Map<String, SessionFaults>> faults) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "simulator-admin");
            thread.setDaemon(true);
            return thread;
        });
        AdminServer admin = new AdminServer(server, executor, faults);
        server.createContext(PREFIX, admin::handle);
        server.setExecutor(executor);
        server.start();
        LOG.info("Simulator admin on http://127.0.0.1:{}{}", admin.port(), PREFIX);
        return admin;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (IllegalArgumentException e) {
            respond(exchange, 400, error(e.getMessage()));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PREFIX) && method.equals("GET")) {
            Map<String, Object> all = new LinkedHashMap<>();
            faults.get().forEach((compId, sessionFaults) -> all.put(compId, sessionFaults.describe()));
            respond(exchange, 200, all);
        } else if (path.startsWith(PREFIX + "/") && path.endsWith(FAULTS)
                && path.length() > PREFIX.length() + 1 + FAULTS.length() && method.equals("POST")) {
            String compId = path.substring(PREFIX.length() + 1, path.length() - FAULTS.length());
            SessionFaults sessionFaults = faults.get().get(compId);
            if (sessionFaults == null) {
                respond(exchange, 404, error("no session with CompID " + compId + "; sessions: "
                        + faults.get().keySet()));
                return;
            }
            FaultRequest.parse(exchange.getRequestURI().getRawQuery()).applyTo(sessionFaults);
            LOG.warn("Simulated faults of {} now {}", compId, sessionFaults.describe());
            respond(exchange, 200, sessionFaults.describe());
        } else {
            respond(exchange, 404, error("use GET " + PREFIX + " or POST " + PREFIX + "/{compId}" + FAULTS));
        }
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    private void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = ("{\"error\":\"" + e.getOriginalMessage() + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
