package fixgw.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarCsvReaderTest {
    private static final String HEADER = "time,open,high,low,close,volume\n";

    private static List<Bar> read(String csv) throws IOException {
        return new BarCsvReader().read(new StringReader(csv), "bars.csv");
    }

    @Test
    void readsTheShippedSample() {
        List<Bar> bars = new BarCsvReader().read(Path.of("..", "fix-config", "sample-bars-aapl.csv"));

        assertThat(bars).hasSize(30);
        assertThat(bars.get(0)).isEqualTo(new Bar(Instant.parse("2026-11-24T14:30:00Z"), new BigDecimal("189.98"),
                new BigDecimal("190.03"), new BigDecimal("189.91"), new BigDecimal("189.91"), 65_400));
    }

    @Test
    void skipsCommentsAndBlankLines() throws IOException {
        List<Bar> bars = read("# note\n\n" + HEADER + "2026-11-24T14:30:00Z,10,11,9,10.5,100\n\n");

        assertThat(bars).extracting(Bar::close).containsExactly(new BigDecimal("10.5"));
    }

    @Test
    void rejectsAWrongHeader() {
        assertThatThrownBy(() -> read("t,o,h,l,c,v\n"))
                .isInstanceOf(BarFormatException.class)
                .hasMessage("bars.csv:1: header must be time,open,high,low,close,volume, was \"t,o,h,l,c,v\"");
    }

    @Test
    void rejectsAHighBelowTheCloseNamingTheLine() {
        assertThatThrownBy(() -> read(HEADER + "2026-11-24T14:30:00Z,10,10.4,9,10.5,100\n"))
                .isInstanceOf(BarFormatException.class)
                .hasMessage("bars.csv:2: low 9 and high 10.4 must enclose open 10 and close 10.5");
    }

    @Test
    void rejectsBarsOutOfOrder() {
        assertThatThrownBy(() -> read(HEADER + "2026-11-24T14:31:00Z,10,11,9,10,1\n"
                + "2026-11-24T14:30:00Z,10,11,9,10,1\n"))
                .isInstanceOf(BarFormatException.class)
                .hasMessageContaining("bars.csv:3: time 2026-11-24T14:30:00Z is not after");
    }

    @Test
    void rejectsBadNumbersAndTimes() {
        assertThatThrownBy(() -> read(HEADER + "yesterday,10,11,9,10,1\n"))
                .hasMessage("bars.csv:2: time must be an ISO-8601 instant, was \"yesterday\"");
        assertThatThrownBy(() -> read(HEADER + "2026-11-24T14:30:00Z,10,11,9,10,1.5\n"))
                .hasMessage("bars.csv:2: volume must be whole shares, was \"1.5\"");
        assertThatThrownBy(() -> read(HEADER + "2026-11-24T14:30:00Z,0,11,9,10,1\n"))
                .hasMessage("bars.csv:2: open must be positive, was 0");
        assertThatThrownBy(() -> read(HEADER + "2026-11-24T14:30:00Z,10,11,9\n"))
                .hasMessageContaining("bars.csv:2: expected 6 fields, found 4");
    }

    @Test
    void rejectsAFileWithoutBars() {
        assertThatThrownBy(() -> read(HEADER)).isInstanceOf(BarFormatException.class).hasMessage("bars.csv: no bars");
    }
}
