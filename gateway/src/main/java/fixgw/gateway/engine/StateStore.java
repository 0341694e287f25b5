package fixgw.gateway.engine;

import fixgw.gateway.order.ClientMessage;
import fixgw.gateway.order.ParentOrder;
import fixgw.gateway.order.ParentOrderState;
import fixgw.gateway.position.Position;

import java.util.List;
import java.util.Optional;

/**
 * Makes the engine's work durable. The order manager reports each order a command changed; the engine calls
 * {@link #commit()} once per batch, after applying its commands and before sending anything they produced, so
 * nothing reaches a client or broker before the state it reveals is stored.
 *
 * <p>Called on the engine thread only.
 */
public interface StateStore {

    /** The order (or one of its children) changed in the current batch; store its state at the next commit. */
    default void changed(ParentOrder parent) {
    }

    /** The order was created in the current batch; store it at the next commit. */
    default void created(ParentOrder parent) {
        changed(parent);
    }

    /** A fill changed a position in the current batch; store it at the next commit. */
    default void changed(Position position) {
    }

    /**
     * An order the engine no longer holds in memory (finished and retired), by a ClOrdID its client used; empty
     * if there is none or the store keeps nothing.
     */
    default Optional<ParentOrderState> findRetired(String session, String clOrdId) {
        return Optional.empty();
    }

    /**
     * A FIX session's inbound message was applied in the current batch; store how far the session has been applied
     * at the next commit, so a restart resumes the session right after it.
     */
    default void applied(String sessionId, InboundPosition position) {
    }

    /**
     * What the current batch will send to clients once it is committed; stored with the next commit, so that a
     * restart can send what a crash kept from being sent (see {@code Gateway}). Each commit's list replaces the
     * previous one: the engine sends a batch's messages before it applies the next batch.
     */
    default void sending(List<ClientMessage> messages) {
    }

    /** Makes every change since the last commit durable, as one unit. Throws if it cannot. */
    void commit();

    /**
     * Runs {@code send}, which sends what a committed batch produced. A store whose FIX sessions store what they
     * send may hold the socket writes until {@code send} returns and then make all the batch's messages durable at
     * once, before any of them leaves.
     */
    default void send(Runnable send) {
        send.run();
    }

    /**
     * Runs {@code action} once the messages handed to the sessions before it have been written to their sockets: at
     * once where sessions write at once, after the batch's journal write (and sync) where {@link #send} holds the
     * writes. For what measures when a message left the gateway.
     */
    default void afterSent(Runnable action) {
        action.run();
    }

    /** Keeps state in memory only: nothing survives a restart. */
    StateStore IN_MEMORY = () -> {
    };
}
