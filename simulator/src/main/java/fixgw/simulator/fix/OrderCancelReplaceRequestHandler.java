package fixgw.simulator.fix;

import fixgw.simulator.venue.CancelRejectReason;
import fixgw.simulator.venue.CancelRequestKind;
import fixgw.simulator.venue.ReplaceRequest;
import fixgw.simulator.venue.VenueEvent.CancelRejected;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import quickfix.FieldNotFound;
import quickfix.Message;
import quickfix.SessionID;
import quickfix.field.ClOrdID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.StopPx;

/** OrderCancelReplaceRequest (G): new OrderQty, Price and/or StopPx for the order known as OrigClOrdID. */
final class OrderCancelReplaceRequestHandler {
    private final SessionVenues venues;
    private final ReportSender sender;

    OrderCancelReplaceRequestHandler(SessionVenues venues, ReportSender sender) {
        this.venues = venues;
        this.sender = sender;
    }

    void onOrderCancelReplaceRequest(Message message, SessionID sessionId) throws FieldNotFound {
        String clOrdId = message.getString(ClOrdID.FIELD);
        String origClOrdId = message.getString(OrigClOrdID.FIELD);
        OptionalLong newQuantity = OptionalLong.empty();
        Optional<BigDecimal> quantity = message.getOptionalDecimal(OrderQty.FIELD);
        if (quantity.isPresent()) {
            Optional<Long> wholeShares = WholeShares.of(quantity.get());
            if (wholeShares.isEmpty()) {
                sender.send(new CancelRejected(clOrdId, origClOrdId, "NONE", null, CancelRejectReason.OTHER,
                        CancelRequestKind.REPLACE, "OrderQty must be a whole number of shares, was "
                        + quantity.get().toPlainString()), message, sessionId);
                return;
            }
            newQuantity = OptionalLong.of(wholeShares.get());
        }
        ReplaceRequest request = new ReplaceRequest(clOrdId, origClOrdId, newQuantity,
                message.getOptionalDecimal(Price.FIELD), message.getOptionalDecimal(StopPx.FIELD));
        venues.execute(sessionId, venue -> sender.send(venue.onReplace(request), message, sessionId));
    }
}
