package fixgw.simulator.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads {@code simulator.json} into a validated {@link SimulatorConfig}. Relative paths inside the file
 * resolve against the file's own directory, so the config works from any working directory. Strict: unknown
 * fields, fractional sizes and duplicate keys are errors.
 */
public final class SimulatorConfigLoader {
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    public SimulatorConfig load(Path jsonFile) {
        String json;
        try {
            json = Files.readString(jsonFile);
        } catch (IOException e) {
            throw new ConfigException("Cannot read simulator config " + jsonFile + ": " + e.getMessage(), e);
        }
        SimulatorConfig parsed;
        try {
            parsed = mapper.readValue(json, SimulatorConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(jsonFile + ": unknown field \"" + e.getPropertyName() + "\" at "
                    + pathOf(e), e);
        } catch (JsonMappingException e) {
            throw new ConfigException(jsonFile + ": bad value at " + pathOf(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(jsonFile + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (parsed == null) {
            throw new ConfigException(jsonFile + ": is empty");
        }
        return resolveRelativePaths(parsed, jsonFile.toAbsolutePath().getParent()).validate();
    }

    private static SimulatorConfig resolveRelativePaths(SimulatorConfig config, Path baseDirectory) {
        FixConfig fix = config.fix();
        if (fix != null) {
            fix = new FixConfig(resolve(baseDirectory, fix.settingsFile()), fix.host(), fix.port(),
                    resolve(baseDirectory, fix.sessionStoreDirectory()));
        }
        LedgerConfig ledger = config.ledger();
        ledger = new LedgerConfig(ledger.maxEntries(), resolve(baseDirectory, ledger.exportFile()),
                resolve(baseDirectory, ledger.appendFile()));
        List<QuoteConfig> quotes = config.quotes() == null ? null : config.quotes().stream()
                .map(quote -> quote == null || quote.model() == null ? quote
                        : new QuoteConfig(quote.symbol(), quote.bid(), quote.ask(), quote.size(),
                                quote.model().resolvedAgainst(baseDirectory), quote.liquidity()))
                .toList();
        return new SimulatorConfig(fix, quotes, config.retention(), ledger, config.market(), config.commission(),
                config.sessions(), config.admin());
    }

    private static Path resolve(Path baseDirectory, Path file) {
        return file == null ? null : baseDirectory.resolve(file).normalize();
    }

    private static String pathOf(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.startsWith(".") ? path.substring(1) : (path.isEmpty() ? "(root)" : path);
    }
}
