package fixgw.simulator.client;

/** Counts of a CSV run's orders by final state; {@code open} = NEW or PARTIALLY_FILLED. */
public record RunSummary(long orders, long filled, long canceled, long rejected, long open) {

    /** The last line the client prints, e.g. {@code orders=10 filled=4 canceled=1 rejected=3 open=2}. */
    public String format() {
        return "orders=" + orders + " filled=" + filled + " canceled=" + canceled + " rejected=" + rejected
                + " open=" + open;
    }
}
