package fixgw.simulator.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import quickfix.Message;

/** Received messages in arrival order, with blocking waits on a deadline. Thread-safe. */
final class MessageInbox {
    private final List<Message> messages = new ArrayList<>();

    synchronized void add(Message message) {
        messages.add(message);
        notifyAll();
    }

    synchronized List<Message> snapshot() {
        return List.copyOf(messages);
    }

    synchronized int size() {
        return messages.size();
    }

    synchronized void clear() {
        messages.clear();
    }

    /** The first message at or after index {@code from} matching {@code predicate}, waiting up to {@code timeout}. */
    synchronized Optional<Message> await(int from, Predicate<Message> predicate, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = Math.max(0, from);
        while (true) {
            for (; next < messages.size(); next++) {
                if (predicate.test(messages.get(next))) {
                    return Optional.of(messages.get(next));
                }
            }
            long remainingNanos = deadline - System.nanoTime();
            if (remainingNanos <= 0) {
                return Optional.empty();
            }
            Duration remaining = Duration.ofNanos(remainingNanos);
            wait(Math.max(1, remaining.toMillis()));
        }
    }
}
