package fixgw.simulator.client;

import java.util.Map;
import java.util.Optional;

/**
 * CSV words for sides, order types and times in force, mapped to FIX codes. Words the gateway does not
 * support (FOK, STOP, ...) are mapped too, so a CSV can exercise the gateway's rejects.
 */
final class CsvCodes {
    private static final Map<String, Character> SIDES = Map.of(
            "BUY", '1', "SELL", '2', "BUY_MINUS", '3', "SELL_PLUS", '4', "SELL_SHORT", '5',
            "SELL_SHORT_EXEMPT", '6', "CROSS", '8');
    private static final Map<String, Character> ORDER_TYPES = Map.of(
            "MARKET", '1', "LIMIT", '2', "STOP", '3', "STOP_LIMIT", '4', "MARKET_ON_CLOSE", '5',
            "PEGGED", 'P');
    private static final Map<String, Character> TIMES_IN_FORCE = Map.of(
            "DAY", '0', "GTC", '1', "OPG", '2', "IOC", '3', "FOK", '4', "GTX", '5', "GTD", '6',
            "CLOSE", '7');

    private CsvCodes() {
    }

    static Optional<Character> side(String word) {
        return Optional.ofNullable(SIDES.get(word));
    }

    static Optional<Character> orderType(String word) {
        return Optional.ofNullable(ORDER_TYPES.get(word));
    }

    static Optional<Character> timeInForce(String word) {
        return Optional.ofNullable(TIMES_IN_FORCE.get(word));
    }
}
