package fixgw.simulator.fix;

import fixgw.simulator.Simulator;
import fixgw.simulator.config.SimulatorConfig;
import org.junit.jupiter.api.Test;
import quickfix.ConfigError;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A simulator whose FIX port is taken says so as a configuration error, which its {@code main} prints in one line
 * before it exits with status 1. Until 2026-12-08 QuickFIX/J's bind failure came out of {@code main} as a stack
 * trace, and the JVM lived on for a minute (an idle acceptor thread of MINA's) with nothing listening.
 */
class SimulatorStartFailureTest {

    @Test
    void aTakenFixPortFailsTheStartWithAClearMessageAndTheNextStartWorks() throws Exception {
        int port;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = taken.getLocalPort();
            assertThatThrownBy(() -> Simulator.start(SimulatorConfig.onPort(port)))
                    .isInstanceOf(ConfigError.class)
                    .hasMessageContaining("Simulator cannot listen for FIX on 127.0.0.1:" + port + ": ");
        }

        Simulator simulator = Simulator.start(SimulatorConfig.onPort(port)); // the port free again: it starts
        try {
            assertThat(simulator.port()).isEqualTo(port);
        } finally {
            simulator.close();
        }
    }
}
