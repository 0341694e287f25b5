package fixgw.simulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderCsvParserTest {
    private final OrderCsvParser parser = new OrderCsvParser();

    private List<OrderRow> parse(String... lines) throws CsvFormatException {
        return parser.parse(List.of(lines), "test.csv");
    }

    @Test
    void parsesRowsSkippingCommentsAndBlankLines() throws CsvFormatException {
        List<OrderRow> rows = parse("# demo", OrderCsvParser.HEADER, "",
                "NEW,O1,,AAPL,BUY,LIMIT,100,185.50,GTC,NEW",
                "REPLACE,O1R,O1,,,,150,,,",
                "CANCEL,O1C,O1R,,,,,,,",
                "STATUS,,O1C,,,,,,,",
                "NEW,O2,,AAPL,sell_short,MARKET,100,,FOK,REJECTED");

        assertThat(rows).hasSize(5);
        OrderRow first = rows.get(0);
        assertThat(first.line()).isEqualTo(4);
        assertThat(first.side()).isEqualTo('1');
        assertThat(first.ordType()).isEqualTo('2');
        assertThat(first.price()).isEqualByComparingTo("185.50");
        assertThat(first.timeInForce()).isEqualTo('1');
        assertThat(first.expect()).isEqualTo(OrderState.NEW);
        assertThat(rows.get(1).action()).isEqualTo(OrderAction.REPLACE);
        assertThat(rows.get(3).origClOrdId()).isEqualTo("O1C");
        assertThat(rows.get(4).side()).isEqualTo('5');
        assertThat(rows.get(4).timeInForce()).isEqualTo('4');
    }

    @Test
    void shippedSampleParses() throws IOException, CsvFormatException {
        Path sample = Path.of("..", "fix-config", "sample-orders.csv");

        List<OrderRow> rows = parser.parse(Files.readAllLines(sample), sample.toString());

        assertThat(rows).filteredOn(row -> row.action() == OrderAction.NEW).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        assertThatThrownBy(() -> parse(OrderCsvParser.HEADER,
                "NEW,O1,,AAPL,BUY,MARKET,100,,DAY,FILLED",
                "BUY,O2,,AAPL,BUY,MARKET,100,,DAY,FILLED",
                "NEW,O3,,AAPL,UP,MARKET,abc,,DAY,FILLED",
                "NEW,O4,,AAPL,BUY,MARKET,100,,DAY",
                "NEW,O1,,AAPL,BUY,MARKET,100,,DAY,FILLED",
                "NEW,O5,,AAPL,BUY,MARKET,100,,DAY,",
                "CANCEL,C1,O1,,,,,,,FILLED",
                "REPLACE,R1,O1,,,,,,,",
                "CANCEL,C2,ZZ,,,,,,,"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 3: unknown action 'BUY'",
                        "line 4: unknown side 'UP'",
                        "line 4: qty 'abc' is not a number",
                        "line 5: expected 10 columns, found 9",
                        "line 6: clOrdId O1 already used on line 2",
                        "line 7: expect is required",
                        "line 8: expect is only allowed on NEW rows",
                        "line 9: REPLACE needs a new qty or price",
                        "line 10: origClOrdId ZZ is not an earlier clOrdId, so symbol and side are required"));
    }

    @Test
    void requiresHeader() {
        assertThatThrownBy(() -> parse("NEW,O1,,AAPL,BUY,MARKET,100,,DAY,FILLED"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("line 1: header must be");
    }

    @Test
    void summaryLineHasTheExactShape() {
        assertThat(new RunSummary(10, 3, 1, 3, 3).format()).isEqualTo("orders=10 filled=3 canceled=1 rejected=3 open=3");
    }
}
