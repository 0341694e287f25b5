package fixgw.gateway.fix;

import fixgw.gateway.config.ConfigException;
import fixgw.gateway.config.FixEndpointConfig;
import quickfix.Acceptor;
import quickfix.Application;
import quickfix.ConfigError;
import quickfix.DataDictionary;
import quickfix.DefaultMessageFactory;
import quickfix.Initiator;
import quickfix.SLF4JLogFactory;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.ThreadedSocketAcceptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;

/** Builds the QuickFIX/J acceptor and initiator from a settings file and the endpoint's host and port. */
public final class FixEndpoints {

    private FixEndpoints() {
    }

    /** Loads a settings file, filling {@code ${host}} and {@code ${port}} from the endpoint configuration. */
    public static SessionSettings settings(FixEndpointConfig endpoint) {
        Properties variables = new Properties();
        variables.setProperty("host", endpoint.host());
        variables.setProperty("port", Integer.toString(endpoint.port()));
        try (InputStream in = Files.newInputStream(endpoint.settingsFile())) {
            return new SessionSettings(in, variables);
        } catch (IOException | ConfigError e) {
            throw new ConfigException("cannot load FIX settings " + endpoint.settingsFile() + ": " + e.getMessage(),
                    e);
        }
    }

    /**
     * An acceptor that gives each client session its own thread, so one slow client stalls no other.
     *
     * @param stores where the sessions keep sequence numbers and sent messages for resend requests
     */
    public static Acceptor acceptor(Application application, FixEndpointConfig endpoint, SessionStores stores) {
        SessionSettings settings = settings(endpoint);
        stores.applyTo(settings);
        try {
            ThreadedSocketAcceptor acceptor = new ThreadedSocketAcceptor(application, stores.factory(), settings,
                    new SLF4JLogFactory(settings), new DefaultMessageFactory());
            stores.applyTo(acceptor);
            return acceptor;
        } catch (ConfigError e) {
            throw new ConfigException("invalid FIX settings " + endpoint.settingsFile() + ": " + e.getMessage(), e);
        }
    }

    /** @param stores where the sessions keep sequence numbers and sent messages for resend requests */
    public static Initiator initiator(Application application, FixEndpointConfig endpoint, SessionStores stores) {
        SessionSettings settings = settings(endpoint);
        stores.applyTo(settings);
        try {
            SocketInitiator initiator = new SocketInitiator(application, stores.factory(), settings,
                    new SLF4JLogFactory(settings), new DefaultMessageFactory());
            stores.applyTo(initiator);
            return initiator;
        } catch (ConfigError e) {
            throw new ConfigException("invalid FIX settings " + endpoint.settingsFile() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads, on a background thread, the data dictionaries the endpoints' settings name, and forgets them: by the
     * time the sessions are created the JVM has loaded and compiled QuickFIX/J's dictionary code, which a cold start
     * otherwise spends a good part of a second on after reading its store. Errors are left to the real creation.
     */
    public static void warmUp(FixEndpointConfig... endpoints) {
        Thread thread = new Thread(() -> {
            for (FixEndpointConfig endpoint : endpoints) {
                try {
                    SessionSettings settings = settings(endpoint);
                    if (settings.isSetting("DataDictionary")) {
                        new DataDictionary(settings.getString("DataDictionary"));
                    }
                } catch (ConfigError | RuntimeException e) {
                    return; // reported when the sessions are created
                }
            }
        }, "fix-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
