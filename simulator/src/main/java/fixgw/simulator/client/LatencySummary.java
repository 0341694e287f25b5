package fixgw.simulator.client;

import org.HdrHistogram.Histogram;

/** Percentiles of one latency histogram, in microseconds. */
public record LatencySummary(long count, long p50, long p99, long p999, long max) {

    static LatencySummary of(Histogram histogram) {
        return new LatencySummary(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9), histogram.getMaxValue());
    }

    /** e.g. {@code latency ack_us p50=231 p99=812 p999=1430 max=2210}. */
    public String format(String name) {
        return "latency " + name + " p50=" + p50 + " p99=" + p99 + " p999=" + p999 + " max=" + max;
    }
}
