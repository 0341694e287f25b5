package fixgw.gateway.store;

import fixgw.gateway.config.StorageConfig;

import java.io.IOException;

/**
 * Run in a separate JVM by {@link DataDirectoryLockTest}: opens the storage of a data directory, commits an order
 * and writes it to the journal, says so, and holds it open until its standard input ends or it is killed.
 */
public final class HoldStorageOpen {

    private HoldStorageOpen() {
    }

    public static void main(String[] args) throws IOException {
        Storage storage = Storage.open(new StorageConfig(args[0], "process", 50), 1000);
        storage.stateStore().changed(MapDbStateStoreTest.order("G-1", "C1"));
        storage.stateStore().commit();
        storage.stateStore().afterSent(() -> { }); // written now, not by the group sync's thread some time later
        System.out.println("open pid " + ProcessHandle.current().pid());
        System.out.flush();
        while (System.in.read() >= 0) {
            // held until the test closes our input or kills us
        }
        storage.close();
    }
}
