package fixgw.gateway.config;

import java.nio.file.Path;

/**
 * Where a group of FIX sessions listens or connects. The QuickFIX/J settings file holds the session settings;
 * {@code ${host}} and {@code ${port}} in it are filled from here.
 *
 * @param settingsFile QuickFIX/J settings file, relative to the JSON file that names it
 */
public record FixEndpointConfig(Path settingsFile, String host, Integer port) {

    FixEndpointConfig resolveAgainst(Path directory) {
        return new FixEndpointConfig(settingsFile == null ? null : directory.resolve(settingsFile), host, port);
    }

    void validate(String field, ConfigErrors errors) {
        errors.requireReadableFile(field + ".settingsFile", settingsFile);
        errors.requireText(field + ".host", host);
        errors.requirePort(field + ".port", port, false);
    }
}
