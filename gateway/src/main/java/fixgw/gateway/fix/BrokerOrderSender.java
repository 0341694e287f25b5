package fixgw.gateway.fix;

import fixgw.gateway.order.BrokerOrders;
import fixgw.gateway.order.ChildCancelRequest;
import fixgw.gateway.order.ChildOrderRequest;
import fixgw.gateway.order.ChildReplaceRequest;
import fixgw.gateway.order.ChildStatusRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.field.Account;
import quickfix.field.ClOrdID;
import quickfix.field.OrdType;
import quickfix.field.OrderID;
import quickfix.field.OrderQty;
import quickfix.field.OrigClOrdID;
import quickfix.field.Price;
import quickfix.field.Side;
import quickfix.field.Symbol;
import quickfix.field.TimeInForce;
import quickfix.field.TransactTime;

import java.math.BigDecimal;
import java.util.Optional;

/** Encodes child orders, cancels and replaces as FIX 4.4 and sends them on the broker's session. */
public final class BrokerOrderSender implements BrokerOrders {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerOrderSender.class);

    private final SessionRegistry sessions;

    public BrokerOrderSender(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @Override
    public void sendNewChild(ChildOrderRequest request) {
        Message message = new quickfix.fix44.NewOrderSingle();
        message.setString(ClOrdID.FIELD, request.clOrdId());
        setTerms(message, request.symbol(), request.side(), request.type(), request.timeInForce(),
                request.quantity(), request.price());
        if (request.account() != null) {
            message.setString(Account.FIELD, request.account());
        }
        message.setUtcTimeStamp(TransactTime.FIELD, ClientMessageEncoder.utc(request.transactTime()), true);
        send(request.broker(), message, request.clOrdId());
    }

    @Override
    public void sendCancelChild(ChildCancelRequest request) {
        Message message = new quickfix.fix44.OrderCancelRequest();
        message.setString(ClOrdID.FIELD, request.clOrdId());
        message.setString(OrigClOrdID.FIELD, request.origClOrdId());
        if (request.brokerOrderId() != null) {
            message.setString(OrderID.FIELD, request.brokerOrderId());
        }
        message.setString(Symbol.FIELD, request.symbol());
        message.setChar(Side.FIELD, FixCodes.side(request.side()));
        message.setDecimal(OrderQty.FIELD, BigDecimal.valueOf(request.quantity()));
        message.setUtcTimeStamp(TransactTime.FIELD, ClientMessageEncoder.utc(request.transactTime()), true);
        send(request.broker(), message, request.clOrdId());
    }

    @Override
    public void sendReplaceChild(ChildReplaceRequest request) {
        Message message = new quickfix.fix44.OrderCancelReplaceRequest();
        message.setString(ClOrdID.FIELD, request.clOrdId());
        message.setString(OrigClOrdID.FIELD, request.origClOrdId());
        if (request.brokerOrderId() != null) {
            message.setString(OrderID.FIELD, request.brokerOrderId());
        }
        setTerms(message, request.symbol(), request.side(), request.type(), request.timeInForce(),
                request.quantity(), request.price());
        message.setUtcTimeStamp(TransactTime.FIELD, ClientMessageEncoder.utc(request.transactTime()), true);
        send(request.broker(), message, request.clOrdId());
    }

    @Override
    public void sendStatusRequest(ChildStatusRequest request) {
        Message message = new quickfix.fix44.OrderStatusRequest();
        message.setString(ClOrdID.FIELD, request.clOrdId());
        if (request.brokerOrderId() != null) {
            message.setString(OrderID.FIELD, request.brokerOrderId());
        }
        message.setString(Symbol.FIELD, request.symbol());
        message.setChar(Side.FIELD, FixCodes.side(request.side()));
        send(request.broker(), message, request.clOrdId());
    }

    /** The order's terms, as a new order and a replace both carry them. */
    private static void setTerms(Message message, String symbol, fixgw.gateway.order.Side side,
                                 fixgw.gateway.order.OrderType type, fixgw.gateway.order.TimeInForce timeInForce,
                                 long quantity, BigDecimal price) {
        message.setString(Symbol.FIELD, symbol);
        message.setChar(Side.FIELD, FixCodes.side(side));
        message.setChar(OrdType.FIELD, FixCodes.orderType(type));
        message.setChar(TimeInForce.FIELD, FixCodes.timeInForce(timeInForce));
        message.setDecimal(OrderQty.FIELD, BigDecimal.valueOf(quantity));
        if (price != null) {
            message.setDecimal(Price.FIELD, price);
        }
    }

    private void send(String broker, Message message, String clOrdId) {
        Optional<SessionID> sessionId = sessions.find(broker);
        Session session = sessionId.map(Session::lookupSession).orElse(null);
        if (session == null || !session.send(message)) {
            LOG.error("broker {} session not available; message for {} not sent now", broker, clOrdId);
        }
    }
}
