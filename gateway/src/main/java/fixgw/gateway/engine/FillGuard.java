package fixgw.gateway.engine;

import fixgw.gateway.order.BrokerExecution;
import fixgw.gateway.order.ChildOrder;

/**
 * How much of a broker fill the gateway has not counted yet. The broker's CumQty is the truth and never
 * decreases, so a fill counts only as far as it raises the child's CumQty: a resend under an ExecID never seen
 * (for instance after reconciliation already counted its quantity) counts nothing, and a fill whose LastQty
 * goes beyond what CumQty says is missing counts only the missing part. The ExecID dedupe comes before this.
 *
 * <p>The one place this rule lives: broker fills and fills found by reconciliation both pass through it.
 */
final class FillGuard {

    private FillGuard() {
    }

    /** The quantity of {@code fill} to apply to {@code child}: 0 when the fill is already counted. */
    static long uncountedQuantity(ChildOrder child, BrokerExecution fill) {
        if (!fill.reportsCumulativeQuantity()) {
            return fill.lastQuantity();
        }
        long missing = fill.cumulativeQuantity() - child.cumulativeQuantity();
        return Math.max(0, Math.min(fill.lastQuantity(), missing));
    }
}
