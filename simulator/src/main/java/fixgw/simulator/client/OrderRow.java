package fixgw.simulator.client;

import java.math.BigDecimal;

/**
 * One parsed line of an orders CSV file. Codes are FIX chars; absent values are {@code null}.
 *
 * @param line   1-based line number in the file, for messages
 * @param expect final state a NEW row's order must reach; {@code null} on other rows
 */
public record OrderRow(int line, OrderAction action, String clOrdId, String origClOrdId, String symbol,
                       Character side, Character ordType, BigDecimal quantity, BigDecimal price,
                       Character timeInForce, OrderState expect) {
}
