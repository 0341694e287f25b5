package fixgw.simulator.client;

/**
 * Figures of a load run, over the recorded orders only (warm-up excluded).
 *
 * @param elapsedMillis         from the first recorded send to the last recorded order finishing
 * @param throughputPerSecond   finished recorded orders per second of {@code elapsedMillis}
 * @param ack                   NewOrderSingle sent -> ExecutionReport New received
 * @param fill                  NewOrderSingle sent -> ExecutionReport Filled received
 * @param sendLag               how late each send left after its target time (a fixed rate only; else empty)
 */
public record LoadResult(String target, long count, long ratePerSecond, long elapsedMillis,
                         long throughputPerSecond, long acked, long filled, long rejected, LatencySummary ack,
                         LatencySummary fill, LatencySummary sendLag) {

    /** Four stable, machine-readable lines. */
    public String format() {
        return "load target=" + target + " count=" + count + " rate=" + ratePerSecond + " elapsedMs="
                + elapsedMillis + " throughput=" + throughputPerSecond + " acked=" + acked + " filled=" + filled
                + " rejected=" + rejected + System.lineSeparator()
                + ack.format("ack_us") + System.lineSeparator()
                + fill.format("fill_us") + System.lineSeparator()
                + sendLag.format("send_lag_us");
    }
}
