package fixgw.gateway.position;

import fixgw.gateway.order.Side;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every client session's position per symbol, updated on each fill the engine applies.
 *
 * <p>One writer (the engine thread) and any number of readers (the admin endpoint): positions are immutable and
 * replaced whole, so a reader sees each one either before or after a fill.
 */
public final class PositionBook {

    private final Map<PositionKey, Position> positions = new ConcurrentHashMap<>();

    /** Applies a fill and returns the position it made. */
    public Position onFill(String session, String symbol, Side side, long quantity, BigDecimal price) {
        PositionKey key = new PositionKey(session, symbol);
        Position updated = positions.getOrDefault(key, Position.flat(session, symbol)).plus(side, quantity, price);
        positions.put(key, updated);
        return updated;
    }

    /** Puts back a stored position at start-up, before the engine runs. */
    public void restore(Position position) {
        positions.put(position.key(), position);
    }

    public Optional<Position> get(String session, String symbol) {
        return Optional.ofNullable(positions.get(new PositionKey(session, symbol)));
    }

    /** A snapshot of every position. */
    public Collection<Position> all() {
        return List.copyOf(positions.values());
    }
}
