package fixgw.simulator.config;

import fixgw.simulator.market.Bar;
import fixgw.simulator.market.BarCsvReader;
import fixgw.simulator.market.BarFormatException;
import fixgw.simulator.market.BarReplayModel;
import fixgw.simulator.market.MarketModel;
import fixgw.simulator.market.TradingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code "type": "barReplay"}: replays a CSV of bars ({@link BarReplayModel}, {@link BarCsvReader}); the file
 * is relative to the config file. Immutable.
 */
public record BarReplayConfig(Path file, BigDecimal tickSize, Long spreadTicks, Long barSeconds)
        implements ModelConfig {

    @Override
    public void validate(String at, List<String> problems) {
        if (file == null) {
            problems.add(at + ".file is missing");
        } else if (!file.toFile().isFile()) {
            problems.add(at + ".file " + file + " is not a readable file");
        }
        ConfigChecks.positive(tickSize, at + ".tickSize", problems);
        ConfigChecks.positive(spreadTicks, at + ".spreadTicks", problems);
        ConfigChecks.positive(barSeconds, at + ".barSeconds", problems);
        if (spreadTicks != null && spreadTicks > Integer.MAX_VALUE) {
            problems.add(at + ".spreadTicks is too large, was " + spreadTicks);
        }
    }

    @Override
    public ModelConfig resolvedAgainst(Path directory) {
        return file == null ? this
                : new BarReplayConfig(directory.resolve(file).normalize(), tickSize, spreadTicks, barSeconds);
    }

    @Override
    public Supplier<MarketModel> models(String symbol, TradingSession session, Instant start) {
        List<Bar> bars;
        try {
            bars = new BarCsvReader().read(file);
        } catch (BarFormatException e) {
            throw new ConfigException("Bars of " + symbol + " cannot be used: " + e.getMessage(), e);
        }
        return () -> new BarReplayModel(symbol, bars, tickSize, spreadTicks.intValue(),
                Duration.ofSeconds(barSeconds));
    }
}
