package fixgw.simulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestCsvTest {

    @Test
    void readsEachRowsMarketTimeAndLetsExpectBeEmpty() throws CsvFormatException {
        BacktestCsv backtest = BacktestCsv.parse(List.of(
                "# a comment",
                BacktestCsv.HEADER,
                "2026-11-24T14:30:00Z,NEW,B1,,AAPL,BUY,MARKET,100,,DAY,",
                "2026-11-24T14:31:00Z,NEW,B2,,AAPL,SELL,LIMIT,100,190.50,GTC,NEW",
                "2026-11-24T14:31:00Z,CANCEL,B3,B2,,,,,,,"), "orders.csv");

        assertThat(backtest.rows()).extracting(OrderRow::clOrdId).containsExactly("B1", "B2", "B3");
        assertThat(backtest.rows().get(0).expect()).isNull();
        assertThat(backtest.rows().get(1).expect()).isEqualTo(OrderState.NEW);
        assertThat(backtest.start()).isEqualTo(Instant.parse("2026-11-24T14:30:00Z"));
        assertThat(backtest.timeByLine()).containsEntry(4, Instant.parse("2026-11-24T14:31:00Z"));
    }

    @Test
    void listsBadTimesTimesGoingBackAndBadOrderColumns() {
        assertThatThrownBy(() -> BacktestCsv.parse(List.of(
                BacktestCsv.HEADER,
                "2026-11-24T14:31:00Z,NEW,B1,,AAPL,BUY,MARKET,100,,DAY,",
                "2026-11-24T14:30:00Z,NEW,B2,,AAPL,BUY,MARKET,100,,DAY,",
                "yesterday,NEW,B3,,AAPL,BUY,MARKET,100,,DAY,",
                "2026-11-24T14:32:00Z,NEW,B4,,AAPL,UP,MARKET,100,,DAY,"), "orders.csv"))
                .isInstanceOf(CsvFormatException.class)
                .satisfies(e -> assertThat(((CsvFormatException) e).problems()).containsExactly(
                        "line 3: time 2026-11-24T14:30:00Z is before the previous row's 2026-11-24T14:31:00Z",
                        "line 4: time must be an ISO-8601 instant, was 'yesterday'",
                        "line 5: unknown side 'UP'"));
    }
}
