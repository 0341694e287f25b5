package fixgw.simulator.client;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.ConfigError;

/**
 * The OMS client tool: {@code java -cp simulator.jar fixgw.simulator.client.OmsClient --orders FILE.csv}
 * (sends the CSV's orders and checks their final states), {@code --load} (latency/throughput run) or
 * {@code --backtest FILE.csv --speed N} (timestamped orders sent as market time reaches them). Results
 * go to stdout, logs to stderr. Exit codes: 0 success, 1 failed run, 2 bad arguments or input.
 */
public final class OmsClient {
    private static final Logger LOG = LoggerFactory.getLogger(OmsClient.class);

    private OmsClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args));
    }

    /** Runs the tool and returns its exit code (for tests and scripts that call it in process). */
    public static int run(String[] args) throws InterruptedException {
        OmsClientArguments arguments;
        List<OrderRow> rows = List.of();
        RowPacer pacer = RowPacer.NONE;
        try {
            arguments = OmsClientArguments.parse(args);
            if (arguments.orders().isPresent()) {
                rows = new OrderCsvParser().parse(Files.readAllLines(arguments.orders().get()),
                        arguments.orders().get().toString());
            }
            if (arguments.backtest().isPresent()) {
                BacktestCsv backtest = BacktestCsv.parse(Files.readAllLines(arguments.backtest().get()),
                        arguments.backtest().get().toString());
                rows = backtest.rows();
                pacer = new BacktestPacer(Clock.systemUTC(), backtest.start(), arguments.speed(),
                        backtest.timeByLine());
            }
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(OmsClientArguments.USAGE);
            return 2;
        } catch (CsvFormatException e) {
            e.problems().forEach(System.err::println);
            return 2;
        } catch (IOException e) {
            System.err.println("cannot read orders file: " + e.getMessage());
            return 2;
        }
        FixClientSettings settings = new FixClientSettings(arguments.host(), arguments.port(), arguments.sender(),
                arguments.target(), arguments.config(), !arguments.load(), arguments.resetOnLogon());
        try (FixClient client = FixClient.connect(settings, arguments.timeout())) {
            return arguments.load() ? runLoad(client, arguments) : runCsv(client, arguments, rows, pacer);
        } catch (ConfigError | FixClientTimeoutException e) {
            LOG.error("Client failed: {}", e.getMessage());
            return 1;
        }
    }

    private static int runCsv(FixClient client, OmsClientArguments arguments, List<OrderRow> rows, RowPacer pacer)
            throws InterruptedException {
        CsvRunResult result = new CsvOrderRunner(client, new OrderMessages(Clock.systemUTC()), System.out,
                arguments.timeout()).run(rows, pacer);
        result.mismatches().forEach(System.out::println);
        System.out.println(result.summary().format());
        return result.succeeded() ? 0 : 1;
    }

    private static int runLoad(FixClient client, OmsClientArguments arguments) throws InterruptedException {
        LoadSettings settings = new LoadSettings(arguments.count(), arguments.rate(), arguments.window(),
                arguments.warmup(), arguments.symbols(), arguments.quantity(), arguments.maxQuantity(), arguments.seed(),
                arguments.timeout());
        LoadResult result = new LoadGenerator(client, settings, Clock.systemUTC()).run();
        System.out.println(result.format());
        return result.filled() + result.rejected() == arguments.count() ? 0 : 1;
    }
}
