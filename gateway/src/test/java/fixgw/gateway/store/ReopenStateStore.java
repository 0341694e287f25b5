package fixgw.gateway.store;

import java.nio.file.Path;

/**
 * Run in a separate JVM, with a small heap, by {@link MapDbStateStoreRestartMemoryTest}: opens an order store and
 * prints what it recovered, and whether the first and last ClOrdID given are found.
 */
public final class ReopenStateStore {

    private ReopenStateStore() {
    }

    public static void main(String[] args) {
        try (MapDbStateStore store = new MapDbStateStore(Path.of(args[0]), Durability.PROCESS)) {
            System.out.printf("live %d stored %d finds %s %b %s %b%n", store.recover().liveOrders().size(),
                    store.storedOrders(), args[1], store.findRetired("CLIENT1", args[1]).isPresent(), args[2],
                    store.findRetired("CLIENT1", args[2]).isPresent());
        }
    }
}
