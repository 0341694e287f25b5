package fixgw.gateway.order;

/** Applies commands to the order state. Implemented by the single-writer {@link OrderManager}. */
public interface CommandHandler {

    void onNewOrder(NewOrderRequest request);

    void onCancel(CancelRequest request);

    void onReplace(ReplaceRequest request);

    void onStatusRequest(StatusRequest request);

    void onBrokerExecution(BrokerExecution execution);

    void onBrokerCancelReject(BrokerCancelReject reject);

    void onBrokerOrderStatus(BrokerOrderStatus status);

    void onBrokerSessionChange(BrokerSessionChange change);
}
