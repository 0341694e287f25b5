package fixgw.gateway.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Answers one admin HTTP request. Runs on the admin event loop. */
final class AdminRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminRequestHandler.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<HealthReport> health;
    private final Supplier<String> metrics;
    private final Supplier<?> positions;
    private final ObjectMapper json;

    AdminRequestHandler(Supplier<HealthReport> health, Supplier<String> metrics, Supplier<?> positions,
                        ObjectMapper json) {
        this.health = health;
        this.metrics = metrics;
        this.positions = positions;
        this.json = json;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) throws JsonProcessingException {
        String path = new QueryStringDecoder(request.uri()).path();
        FullHttpResponse response;
        if (!request.method().equals(HttpMethod.GET)) {
            response = respond(HttpResponseStatus.METHOD_NOT_ALLOWED, TEXT, "only GET is supported\n");
        } else if (path.equals("/health")) {
            HealthReport report = health.get();
            response = respond(report.isDown() ? HttpResponseStatus.SERVICE_UNAVAILABLE : HttpResponseStatus.OK,
                    JSON, json.writeValueAsString(report));
        } else if (path.equals("/metrics")) {
            response = respond(HttpResponseStatus.OK, PROMETHEUS_TEXT, metrics.get());
        } else if (path.equals("/positions")) {
            response = respond(HttpResponseStatus.OK, JSON, json.writeValueAsString(positions.get()));
        } else {
            response = respond(HttpResponseStatus.NOT_FOUND, TEXT, "no such resource: " + path
                    + " (try /health, /metrics or /positions)\n");
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive) {
            ctx.writeAndFlush(response);
        } else {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.warn("admin request failed", cause);
        ctx.writeAndFlush(respond(HttpResponseStatus.INTERNAL_SERVER_ERROR, TEXT, "internal error\n"))
                .addListener(ChannelFutureListener.CLOSE);
    }

    private static FullHttpResponse respond(HttpResponseStatus status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.wrappedBuffer(bytes));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        return response;
    }
}
