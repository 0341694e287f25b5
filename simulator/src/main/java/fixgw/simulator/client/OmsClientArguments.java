package fixgw.simulator.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parsed command line of {@link OmsClient}; exactly one of {@code orders} (CSV mode), {@code load} or
 * {@code backtest} (timestamped CSV paced at {@code speed} times real time) is set.
 * {@code resetOnLogon} (default true, {@code --no-reset} clears it): see {@link FixClientSettings#resetOnLogon()}.
 */
public record OmsClientArguments(String host, int port, String sender, String target, Path config,
                                 Optional<Path> orders, boolean load, Duration timeout, long count, long rate,
                                 int window, long warmup, List<String> symbols, long quantity, long maxQuantity,
                                 long seed, Optional<Path> backtest, long speed, boolean resetOnLogon) {

    /** The first of {@link #symbols()}. */
    public String symbol() {
        return symbols.get(0);
    }

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -cp simulator.jar fixgw.simulator.client.OmsClient (--orders FILE.csv | --load"
                    + " | --backtest FILE.csv) [options]",
            "  --host H             acceptor host (default 127.0.0.1)",
            "  --port P             acceptor port (default 9876, the gateway)",
            "  --sender ID          SenderCompID (default CLIENT1)",
            "  --target ID          TargetCompID (default GATEWAY)",
            "  --config FILE        QuickFIX/J settings template (default fix-config/client.cfg)",
            "  --timeout-seconds S  deadline per answer and for the end of the run (default 10)",
            "  --no-reset           log on without ResetSeqNumFlag(141)=Y, at sequence number 1 (by default every",
            "                       logon asks the counterparty to start the session over, since the gateway",
            "                       otherwise resumes at the sequence numbers it stored)",
            "  load mode: --count N (default 10000) --rate R orders/s (default 1000; 0 = as fast as the window",
            "             allows) --window W (default 1000) --warmup N (default 1000: orders sent first, as fast",
            "             as the window allows, and not recorded) --symbol S (default AAPL) or --symbols S1,S2,..",
            "             (cycled) --qty Q (default 100) [--qty-max M: sizes drawn uniformly from Q..M]",
            "             --seed N (default 1, for the size draws)",
            "  backtest mode: rows 'time,' + the orders CSV columns (expect may be empty), each sent when market",
            "             time reaches its time; market time starts at the first row and runs --speed N times",
            "             real time (default 1; use the simulator's market.speed)");

    public static OmsClientArguments parse(String[] args) throws UsageException {
        String host = "127.0.0.1";
        int port = 9876;
        String sender = "CLIENT1";
        String target = "GATEWAY";
        Path config = Path.of("fix-config", "client.cfg");
        Path orders = null;
        Path backtest = null;
        long speed = 1;
        boolean load = false;
        long timeoutSeconds = 10;
        long count = 10_000;
        long rate = 1_000;
        long window = 1_000;
        long warmup = 1_000;
        List<String> symbols = List.of("AAPL");
        long quantity = 100;
        Long maxQuantity = null;
        long seed = 1;
        boolean resetOnLogon = true;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--load")) {
                load = true;
                continue;
            }
            if (option.equals("--no-reset")) {
                resetOnLogon = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--host": host = value; break;
                case "--port": port = (int) number(option, value, 1, 65_535); break;
                case "--sender": sender = value; break;
                case "--target": target = value; break;
                case "--config": config = Path.of(value); break;
                case "--orders": orders = Path.of(value); break;
                case "--backtest": backtest = Path.of(value); break;
                case "--speed": speed = number(option, value, 1, 1_000_000); break;
                case "--timeout-seconds": timeoutSeconds = number(option, value, 1, 86_400); break;
                case "--count": count = number(option, value, 1, Integer.MAX_VALUE / 2); break;
                case "--rate": rate = number(option, value, 0, 10_000_000); break;
                case "--window": window = number(option, value, 1, 1_000_000); break;
                case "--warmup": warmup = number(option, value, 0, Integer.MAX_VALUE / 2); break;
                case "--symbol": symbols = List.of(value); break;
                case "--symbols": symbols = symbolList(value); break;
                case "--qty": quantity = number(option, value, 1, 1_000_000_000); break;
                case "--qty-max": maxQuantity = number(option, value, 1, 1_000_000_000); break;
                case "--seed": seed = number(option, value, Long.MIN_VALUE, Long.MAX_VALUE); break;
                default: throw new UsageException("unknown option " + option);
            }
        }
        int modes = (load ? 1 : 0) + (orders != null ? 1 : 0) + (backtest != null ? 1 : 0);
        if (modes != 1) {
            throw new UsageException("give exactly one of --orders FILE.csv, --load or --backtest FILE.csv");
        }
        long max = maxQuantity == null ? quantity : maxQuantity;
        if (max < quantity) {
            throw new UsageException("--qty-max " + max + " must not be below --qty " + quantity);
        }
        return new OmsClientArguments(host, port, sender, target, config, Optional.ofNullable(orders), load,
                Duration.ofSeconds(timeoutSeconds), count, rate, (int) window, warmup, symbols, quantity, max, seed,
                Optional.ofNullable(backtest), speed, resetOnLogon);
    }

    private static List<String> symbolList(String value) throws UsageException {
        List<String> symbols = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (symbols.stream().anyMatch(String::isEmpty)) {
            throw new UsageException("--symbols must be a comma-separated list of symbols, was '" + value + "'");
        }
        return symbols;
    }

    private static long number(String option, String value, long min, long max) throws UsageException {
        try {
            long parsed = Long.parseLong(value);
            if (parsed < min || parsed > max) {
                throw new UsageException(option + " must be " + min + ".." + max + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, was '" + value + "'");
        }
    }
}
