package fixgw.simulator.config;

import fixgw.simulator.venue.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed configuration of the simulator, read from {@code fix-config/simulator.json} by
 * {@link SimulatorConfigLoader} or built in code, e.g. for an in-process test:
 *
 * <pre>{@code
 * int port;
 * try (ServerSocket socket = new ServerSocket(0)) { port = socket.getLocalPort(); }
 * SimulatorConfig config = SimulatorConfig.onPort(port);          // default AAPL/MSFT/IBM quotes
 * try (Simulator simulator = Simulator.start(config)) { ... }
 * }</pre>
 *
 * An optional {@code "retention"} object bounds what each session remembers ({@link RetentionConfig}); an
 * optional {@code "ledger"} sizes the execution ledger and names its export file ({@link LedgerConfig}).
 *
 * <p>Immutable. {@link #validate()} (called by the loader and by {@code Simulator.start}) rejects bad values with
 * a message naming the field and the value.
 */
public record SimulatorConfig(FixConfig fix, List<QuoteConfig> quotes, RetentionConfig retention,
                              LedgerConfig ledger) {

    /** {@code retention} and {@code ledger} may be omitted (null): their defaults apply. */
    public SimulatorConfig {
        quotes = quotes == null ? null : List.copyOf(quotes);
        retention = retention == null ? RetentionConfig.DEFAULTS : retention;
        ledger = ledger == null ? LedgerConfig.DEFAULTS : ledger;
    }

    /** With the default retention and ledger. */
    public SimulatorConfig(FixConfig fix, List<QuoteConfig> quotes) {
        this(fix, quotes, RetentionConfig.DEFAULTS, LedgerConfig.DEFAULTS);
    }

    /** The quotes of the example {@code fix-config/simulator.json}. */
    public static List<QuoteConfig> defaultQuotes() {
        return List.of(
                QuoteConfig.of("AAPL", "189.98", "190.02", 500),
                QuoteConfig.of("MSFT", "419.95", "420.05", 300),
                QuoteConfig.of("IBM", "221.40", "221.50", 1000));
    }

    /** Bundled FIX settings on 127.0.0.1:{@code port} with the default quotes. */
    public static SimulatorConfig onPort(int port) {
        return new SimulatorConfig(FixConfig.of("127.0.0.1", port), defaultQuotes());
    }

    /** Bundled FIX settings on 127.0.0.1:{@code port} with the given quotes. */
    public static SimulatorConfig onPort(int port, List<QuoteConfig> quotes) {
        return new SimulatorConfig(FixConfig.of("127.0.0.1", port), quotes);
    }

    /**
     * Checks every value and throws one {@link ConfigException} listing all problems.
     *
     * @return this, for chaining
     */
    public SimulatorConfig validate() {
        List<String> problems = new ArrayList<>();
        if (fix == null) {
            problems.add("fix is missing");
        } else {
            if (fix.host() == null || fix.host().isBlank()) {
                problems.add("fix.host must not be blank, was " + quoted(fix.host()));
            }
            if (fix.port() < 1 || fix.port() > 65_535) {
                problems.add("fix.port must be 1..65535, was " + fix.port());
            }
        }
        if (quotes == null || quotes.isEmpty()) {
            problems.add("quotes must list at least one symbol");
        } else {
            validateQuotes(problems);
        }
        retention.validate(problems);
        ledger.validate(problems);
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid simulator configuration: " + String.join("; ", problems));
        }
        return this;
    }

    /** The quotes keyed by symbol, for the venues. Call after {@link #validate()}. */
    public Map<String, Quote> quotesBySymbol() {
        Map<String, Quote> bySymbol = new LinkedHashMap<>();
        quotes.forEach(quote -> bySymbol.put(quote.symbol(), quote.toQuote()));
        return bySymbol;
    }

    private void validateQuotes(List<String> problems) {
        Set<String> symbols = new HashSet<>();
        for (int i = 0; i < quotes.size(); i++) {
            QuoteConfig quote = quotes.get(i);
            String at = "quotes[" + i + "]";
            if (quote == null) {
                problems.add(at + " is null");
                continue;
            }
            if (quote.symbol() == null || quote.symbol().isBlank()) {
                problems.add(at + ".symbol must not be blank, was " + quoted(quote.symbol()));
            } else if (!symbols.add(quote.symbol())) {
                problems.add(at + ".symbol " + quote.symbol() + " is listed twice");
            }
            if (quote.bid() == null || quote.bid().signum() <= 0) {
                problems.add(at + ".bid must be positive, was " + plain(quote.bid()));
            }
            if (quote.ask() == null || quote.ask().signum() <= 0) {
                problems.add(at + ".ask must be positive, was " + plain(quote.ask()));
            }
            if (quote.bid() != null && quote.ask() != null && quote.ask().compareTo(quote.bid()) < 0) {
                problems.add(at + ".ask " + plain(quote.ask()) + " must not be below " + at + ".bid "
                        + plain(quote.bid()));
            }
            if (quote.size() <= 0) {
                problems.add(at + ".size must be positive, was " + quote.size());
            }
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
