package fixgw.simulator.fix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One session's live market data subscriptions: MDReqID to the moving-market symbols it follows. Bounded by
 * {@code max}. Not thread-safe: confined to the session's venue thread.
 */
final class MarketDataSubscriptions {
    private final int max;
    private final Map<String, List<String>> symbolsByRequestId = new LinkedHashMap<>();

    MarketDataSubscriptions(int max) {
        this.max = max;
    }

    boolean isActive(String requestId) {
        return symbolsByRequestId.containsKey(requestId);
    }

    boolean isFull() {
        return symbolsByRequestId.size() >= max;
    }

    int max() {
        return max;
    }

    void add(String requestId, List<String> symbols) {
        symbolsByRequestId.put(requestId, List.copyOf(symbols));
    }

    /** @return whether there was such a subscription */
    boolean remove(String requestId) {
        return symbolsByRequestId.remove(requestId) != null;
    }

    /** Calls {@code action} with the MDReqID of every subscription following {@code symbol}. */
    void forEachFollowing(String symbol, java.util.function.Consumer<String> action) {
        symbolsByRequestId.forEach((requestId, symbols) -> {
            if (symbols.contains(symbol)) {
                action.accept(requestId);
            }
        });
    }
}
