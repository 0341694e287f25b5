package fixgw.gateway.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The gateway's HTTP admin endpoint on Netty: {@code GET /health} (JSON) and {@code GET /metrics} (Prometheus
 * text). Reads only snapshots and thread-safe metrics; never touches order state.
 */
public final class AdminServer implements AutoCloseable {

    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final long SHUTDOWN_TIMEOUT_SECONDS = 5;

    private final EventLoopGroup group;
    private final Channel channel;

    private AdminServer(EventLoopGroup group, Channel channel) {
        this.group = group;
        this.channel = channel;
    }

    /**
     * @param positions what {@code GET /positions} answers, as JSON: every client session's position per symbol
     */
    public static AdminServer start(String host, int port, Supplier<HealthReport> health,
                                    Supplier<String> metrics, Supplier<?> positions) throws InterruptedException {
        ObjectMapper json = new ObjectMapper();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES),
                                    new AdminRequestHandler(health, metrics, positions, json));
                        }
                    })
                    .bind(host, port).sync().channel();
            return new AdminServer(group, channel);
        } catch (Exception e) { // Netty rethrows the bind's checked exception (a port taken) undeclared
            group.shutdownGracefully();
            if (e instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("cannot listen for admin requests on " + host + ":" + port + ": " + e, e);
        }
    }

    /** The port actually bound (differs from the configured one when that was 0). */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        // no quiet period: the channel is closed, so no request can still be arriving
        group.shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
