package fixgw.gateway.order;

/**
 * Where the order manager sends child orders. The engine buffers these until the batch that caused them is
 * committed; the FIX adapter sends them to the broker session.
 */
public interface BrokerOrders {

    void sendNewChild(ChildOrderRequest request);

    void sendCancelChild(ChildCancelRequest request);

    void sendReplaceChild(ChildReplaceRequest request);

    /** Asks the broker for the order's status (reconciliation after a logon). */
    void sendStatusRequest(ChildStatusRequest request);
}
