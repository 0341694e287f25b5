package fixgw.simulator.config;

import fixgw.simulator.venue.MarketDefinition;
import fixgw.simulator.venue.Quote;
import fixgw.simulator.venue.VenueMarkets;
import java.time.Clock;
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
 * Symbols with a moving {@code "model"} ({@link ModelConfig}) need the {@code "market"} object (trading hours
 * and market time, {@link MarketConfig}); {@code "commission"} ({@link CommissionConfig}) is charged on their
 * executions.
 *
 * <p>Immutable. {@link #validate()} (called by the loader and by {@code Simulator.start}) rejects bad values with
 * a message naming the field and the value.
 */
public record SimulatorConfig(FixConfig fix, List<QuoteConfig> quotes, RetentionConfig retention,
                              LedgerConfig ledger, MarketConfig market, CommissionConfig commission,
                              List<SessionProfileConfig> sessions, AdminConfig admin) {

    /**
     * {@code retention} and {@code ledger} may be omitted (null): their defaults apply; {@code market} only
     * without moving models; {@code commission} charges nothing when omitted.
     */
    public SimulatorConfig {
        quotes = quotes == null ? null : List.copyOf(quotes);
        retention = retention == null ? RetentionConfig.DEFAULTS : retention;
        ledger = ledger == null ? LedgerConfig.DEFAULTS : ledger;
        commission = commission == null ? new CommissionConfig(null, null, null) : commission;
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** Without session profiles and admin endpoint. */
    public SimulatorConfig(FixConfig fix, List<QuoteConfig> quotes, RetentionConfig retention, LedgerConfig ledger,
                           MarketConfig market, CommissionConfig commission) {
        this(fix, quotes, retention, ledger, market, commission, null, null);
    }

    /** Static quotes only. */
    public SimulatorConfig(FixConfig fix, List<QuoteConfig> quotes, RetentionConfig retention, LedgerConfig ledger) {
        this(fix, quotes, retention, ledger, null, null, null, null);
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
        commission.validate(problems);
        Set<String> compIds = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionProfileConfig session = sessions.get(i);
            session.validate("sessions[" + i + "]", problems);
            if (session.compId() != null && !compIds.add(session.compId())) {
                problems.add("sessions[" + i + "].compId " + session.compId() + " is listed twice");
            }
        }
        if (admin != null) {
            admin.validate(problems);
        }
        if (market != null) {
            market.validate(problems);
        } else if (quotes != null && quotes.stream().anyMatch(quote -> quote != null && !quote.isStatic())) {
            problems.add("market is missing: symbols with a moving model need its trading hours");
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid simulator configuration: " + String.join("; ", problems));
        }
        return this;
    }

    /** The static quotes keyed by symbol, for the venues. Call after {@link #validate()}. */
    public Map<String, Quote> quotesBySymbol() {
        Map<String, Quote> bySymbol = new LinkedHashMap<>();
        quotes.stream().filter(QuoteConfig::isStatic).forEach(quote -> bySymbol.put(quote.symbol(), quote.toQuote()));
        return bySymbol;
    }

    /** Whether any symbol trades on a moving market. */
    public boolean hasMovingMarkets() {
        return quotes.stream().anyMatch(quote -> !quote.isStatic());
    }

    /**
     * The moving markets, on market time over {@code source}. Call after {@link #validate()}.
     *
     * @throws ConfigException if a model's input (a bar file) cannot be used
     */
    public VenueMarkets venueMarkets(Clock source) {
        if (!hasMovingMarkets()) {
            return VenueMarkets.NONE;
        }
        Clock clock = market.clock(source);
        List<MarketDefinition> definitions = new ArrayList<>();
        for (QuoteConfig quote : quotes) {
            if (!quote.isStatic()) {
                definitions.add(new MarketDefinition(quote.symbol(),
                        quote.model().models(quote.symbol(), market.session(), clock.instant()),
                        quote.liquidity().toModel(quote.model().tickSize())));
            }
        }
        return new VenueMarkets(clock, market.session(), commission.toSchedule(), definitions);
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
            if (!quote.isStatic()) {
                validateMovingQuote(quote, at, problems);
                continue;
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
            if (quote.size() == null || quote.size() <= 0) {
                problems.add(at + ".size must be positive, was " + quote.size());
            }
            if (quote.liquidity() != null) {
                problems.add(at + ".liquidity applies to moving models only; a static quote fills per its size");
            }
        }
    }

    private static void validateMovingQuote(QuoteConfig quote, String at, List<String> problems) {
        if (quote.bid() != null || quote.ask() != null || quote.size() != null) {
            problems.add(at + " has a moving model: leave out bid, ask and size");
        }
        quote.model().validate(at + ".model", problems);
        if (quote.liquidity() == null) {
            problems.add(at + ".liquidity is missing (maxParticipation, impactBasisPoints)");
        } else {
            quote.liquidity().validate(at + ".liquidity", problems);
        }
    }

    private static String quoted(String value) {
        return ConfigChecks.quoted(value);
    }

    private static String plain(java.math.BigDecimal value) {
        return ConfigChecks.plain(value);
    }
}
