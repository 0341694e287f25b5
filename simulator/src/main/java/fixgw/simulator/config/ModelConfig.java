package fixgw.simulator.config;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fixgw.simulator.market.MarketModel;
import fixgw.simulator.market.TradingSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * A symbol's {@code "model"} in {@code simulator.json}, chosen by {@code "type"}: {@code static} (the quote's
 * bid, ask and size; the default), {@code randomWalk} or {@code barReplay}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StaticModelConfig.class, name = "static"),
        @JsonSubTypes.Type(value = RandomWalkConfig.class, name = "randomWalk"),
        @JsonSubTypes.Type(value = BarReplayConfig.class, name = "barReplay")})
public sealed interface ModelConfig permits StaticModelConfig, RandomWalkConfig, BarReplayConfig {

    /** Whether the symbol trades on its static quote rather than a moving market. */
    default boolean isStatic() {
        return false;
    }

    /** Adds a message per bad field; {@code at} names the model in them (e.g. {@code quotes[0].model}). */
    void validate(String at, List<String> problems);

    /** The model's price increment (null for static quotes). */
    BigDecimal tickSize();

    /** This model with relative file names resolved against the config file's directory. */
    default ModelConfig resolvedAgainst(Path directory) {
        return this;
    }

    /**
     * Builds fresh models of {@code symbol}, each positioned before its first step. Call after validation.
     *
     * @throws ConfigException if an input (e.g. a bar file) cannot be used
     */
    Supplier<MarketModel> models(String symbol, TradingSession session, Instant start);
}
