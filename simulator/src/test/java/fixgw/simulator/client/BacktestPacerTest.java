package fixgw.simulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fixgw.simulator.market.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BacktestPacerTest {
    private static final Instant START = Instant.parse("2026-11-24T14:30:00Z");

    private static OrderRow row(int line) {
        return new OrderRow(line, OrderAction.NEW, "B" + line, null, "AAPL", 'B', '1', null, null, null, null);
    }

    @Test
    void aRowGoesOutOnlyOnceMarketTimeRunningAtTheSpeedReachesIt() throws Exception {
        ManualClock realTime = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
        // the second row is a market minute after the first: one real second at 60 times real time
        BacktestPacer pacer = new BacktestPacer(realTime, START, 60, Map.of(2, START, 3, START.plusSeconds(60)));

        pacer.awaitTurnOf(row(2));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            try {
                pacer.awaitTurnOf(row(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        realTime.advance(Duration.ofMillis(999));
        assertThat(second).isNotDone();

        realTime.advance(Duration.ofMillis(1));
        await().atMost(Duration.ofSeconds(5)).until(second::isDone);
    }
}
