package fixgw.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntradayVolumeCurveTest {

    @Test
    void uShapeIsHighAtTheEdgesAndLowAtMidday() {
        IntradayVolumeCurve curve = IntradayVolumeCurve.U_SHAPED;

        assertThat(curve.weightAt(BigDecimal.ZERO)).isEqualByComparingTo("2.0");
        assertThat(curve.weightAt(new BigDecimal("0.25"))).isEqualByComparingTo("0.875");
        assertThat(curve.weightAt(new BigDecimal("0.5"))).isEqualByComparingTo("0.5");
        assertThat(curve.weightAt(BigDecimal.ONE)).isEqualByComparingTo("2.0");
    }

    @Test
    void equalWeightsGiveAFlatCurve() {
        IntradayVolumeCurve flat = new IntradayVolumeCurve(BigDecimal.ONE, BigDecimal.ONE);

        assertThat(flat.weightAt(new BigDecimal("0.1"))).isEqualByComparingTo("1");
        assertThat(flat.weightAt(new BigDecimal("0.7"))).isEqualByComparingTo("1");
    }
}
