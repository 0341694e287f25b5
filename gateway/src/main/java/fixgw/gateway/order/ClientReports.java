package fixgw.gateway.order;

/**
 * Where the order manager reports to clients. The engine buffers these until the batch that caused them is
 * committed; the FIX adapter sends them.
 */
public interface ClientReports {

    void sendExecutionReport(ExecutionReport report);

    void sendCancelReject(CancelReject reject);
}
