package fixgw.simulator.config;

import fixgw.simulator.market.IntradayVolumeCurve;
import fixgw.simulator.market.MarketModel;
import fixgw.simulator.market.RandomWalkModel;
import fixgw.simulator.market.RandomWalkParameters;
import fixgw.simulator.market.TradingSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code "type": "randomWalk"}: a seeded geometric random walk ({@link RandomWalkModel}). The volume curve
 * weights default to the U shape ({@link IntradayVolumeCurve#U_SHAPED}). Immutable.
 */
public record RandomWalkConfig(BigDecimal initialPrice, BigDecimal tickSize, Long spreadTicks,
                               BigDecimal volatilityPerTick, Long volumePerTick, Long tickMillis,
                               BigDecimal volumeEdgeWeight, BigDecimal volumeMiddayWeight, Long seed)
        implements ModelConfig {

    @Override
    public void validate(String at, List<String> problems) {
        ConfigChecks.positive(initialPrice, at + ".initialPrice", problems);
        ConfigChecks.positive(tickSize, at + ".tickSize", problems);
        ConfigChecks.positive(spreadTicks, at + ".spreadTicks", problems);
        ConfigChecks.notNegative(volatilityPerTick, at + ".volatilityPerTick", problems);
        ConfigChecks.positive(volumePerTick, at + ".volumePerTick", problems);
        ConfigChecks.positive(tickMillis, at + ".tickMillis", problems);
        if (volumeEdgeWeight != null) {
            ConfigChecks.notNegative(volumeEdgeWeight, at + ".volumeEdgeWeight", problems);
        }
        if (volumeMiddayWeight != null) {
            ConfigChecks.notNegative(volumeMiddayWeight, at + ".volumeMiddayWeight", problems);
        }
        if (seed == null) {
            problems.add(at + ".seed is missing (the same seed gives the same market)");
        }
        if (spreadTicks != null && spreadTicks > Integer.MAX_VALUE) {
            problems.add(at + ".spreadTicks is too large, was " + spreadTicks);
        }
    }

    @Override
    public Supplier<MarketModel> models(String symbol, TradingSession session, Instant start) {
        IntradayVolumeCurve curve = new IntradayVolumeCurve(
                volumeEdgeWeight == null ? IntradayVolumeCurve.U_SHAPED.edgeWeight() : volumeEdgeWeight,
                volumeMiddayWeight == null ? IntradayVolumeCurve.U_SHAPED.middayWeight() : volumeMiddayWeight);
        RandomWalkParameters parameters = new RandomWalkParameters(initialPrice, tickSize, spreadTicks.intValue(),
                volatilityPerTick, volumePerTick, Duration.ofMillis(tickMillis), curve);
        return () -> new RandomWalkModel(symbol, parameters, session, start, seed);
    }
}
