package fixgw.simulator.fix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import quickfix.ConfigError;
import quickfix.SessionSettings;

/**
 * Loads a QuickFIX/J settings file whose {@code ${name}} placeholders are filled from the typed config, so
 * host and port live in one place (the JSON config or the command line), not in the {@code .cfg}.
 */
public final class SettingsTemplate {
    private SettingsTemplate() {
    }

    /**
     * @param file             the template on disk, or {@code null} for the bundled one
     * @param bundledResource  classpath resource used when {@code file} is {@code null}
     * @param variables        values for the placeholders
     */
    public static SessionSettings load(Path file, String bundledResource, Properties variables) throws ConfigError {
        try (InputStream in = open(file, bundledResource)) {
            return new SessionSettings(in, variables);
        } catch (IOException e) {
            throw new ConfigError("Cannot read FIX settings " + (file != null ? file : bundledResource) + ": " + e, e);
        }
    }

    private static InputStream open(Path file, String bundledResource) throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream in = SettingsTemplate.class.getClassLoader().getResourceAsStream(bundledResource);
        if (in == null) {
            throw new IOException("bundled resource " + bundledResource + " is missing from the jar");
        }
        return in;
    }
}
