package fixgw.simulator.market;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Replays bars as four steps each, a quarter of the bar apart: an up bar (close >= open) trades
 * open -> low -> high -> close, a down bar open -> high -> low -> close. The bar's volume is split evenly over the four steps (the remainder on the close). Quotes are
 * {@code spreadTicks} wide with the bid at the traded price. Ends after the last bar.
 *
 * <p>Not thread-safe: owned by the thread that drives the market.
 */
public final class BarReplayModel implements MarketModel {
    private static final int STEPS_PER_BAR = 4;

    private final String symbol;
    private final List<Bar> bars;
    private final BigDecimal spread;
    private final Duration step;
    private int barIndex;
    private int stepIndex;

    /**
     * @param barLength the time each bar covers (e.g. one minute); its steps are a quarter of it apart
     */
    public BarReplayModel(String symbol, List<Bar> bars, BigDecimal tickSize, int spreadTicks, Duration barLength) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("no bars to replay for " + symbol);
        }
        if (spreadTicks < 1) {
            throw new IllegalArgumentException("spreadTicks must be at least 1, was " + spreadTicks);
        }
        this.symbol = symbol;
        this.bars = List.copyOf(bars);
        this.spread = new TickGrid(tickSize).priceOf(spreadTicks);
        this.step = barLength.dividedBy(STEPS_PER_BAR);
    }

    @Override
    public String symbol() {
        return symbol;
    }

    @Override
    public boolean hasNext() {
        return barIndex < bars.size();
    }

    @Override
    public MarketTick next() {
        if (!hasNext()) {
            throw new NoSuchElementException("bars of " + symbol + " are exhausted");
        }
        Bar bar = bars.get(barIndex);
        BigDecimal price = priceAt(bar, stepIndex);
        long volume = bar.volume() / STEPS_PER_BAR
                + (stepIndex == STEPS_PER_BAR - 1 ? bar.volume() % STEPS_PER_BAR : 0);
        Instant time = bar.time().plus(step.multipliedBy(stepIndex));
        if (++stepIndex == STEPS_PER_BAR) {
            stepIndex = 0;
            barIndex++;
        }
        return new MarketTick(symbol, time, price, price.add(spread), price, volume);
    }

    private static BigDecimal priceAt(Bar bar, int stepIndex) {
        boolean up = bar.close().compareTo(bar.open()) >= 0;
        return switch (stepIndex) {
            case 0 -> bar.open();
            case 1 -> up ? bar.low() : bar.high();
            case 2 -> up ? bar.high() : bar.low();
            default -> bar.close();
        };
    }
}
