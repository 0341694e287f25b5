package fixgw.gateway.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code gateway.json} into a validated {@link GatewayConfig}. */
public final class ConfigLoader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ConfigLoader() {
    }

    public static GatewayConfig load(Path file) {
        if (!Files.isReadable(file)) {
            throw new ConfigException("cannot read configuration file " + file);
        }
        GatewayConfig config;
        try {
            config = MAPPER.readValue(file.toFile(), GatewayConfig.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException("invalid configuration " + file + ": " + e.getOriginalMessage()
                    + " at " + fieldPath(e), e);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        Path directory = file.toAbsolutePath().getParent();
        return config.resolveAgainst(directory).validate(file.toString());
    }

    private static String fieldPath(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            if (path.length() > 0) {
                return "field '" + path + "'";
            }
        }
        return e.getLocation() == null ? "unknown location"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
