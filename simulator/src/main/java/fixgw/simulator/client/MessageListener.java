package fixgw.simulator.client;

import quickfix.Message;

/** Sees each received message on the QuickFIX/J session thread; must be quick and must not block. */
@FunctionalInterface
public interface MessageListener {
    void onMessage(Message message);
}
