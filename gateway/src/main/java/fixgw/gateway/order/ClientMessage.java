package fixgw.gateway.order;

/** Something the gateway tells a client on its session: an execution report or a refused cancel or replace. */
public sealed interface ClientMessage permits ExecutionReport, CancelReject {

    /** The client session it goes to. */
    String session();
}
