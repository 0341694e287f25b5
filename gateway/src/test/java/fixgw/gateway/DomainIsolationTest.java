package fixgw.gateway;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain core is plain Java: the packages that hold order state and decisions import no FIX engine, network,
 * storage, metrics or JSON library. Adapters at the edges translate.
 */
class DomainIsolationTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "fixgw", "gateway");
    private static final List<String> DOMAIN_PACKAGES = List.of("order", "engine", "risk", "route", "position");
    private static final List<String> FORBIDDEN = List.of("import quickfix", "import io.netty", "import org.mapdb",
            "import io.prometheus", "import com.fasterxml");

    @Test
    void domainPackagesImportNoInfrastructure() throws IOException {
        for (String pkg : DOMAIN_PACKAGES) {
            Path dir = SOURCES.resolve(pkg);
            assertThat(dir).isDirectory();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    for (String forbidden : FORBIDDEN) {
                        assertThat(source).as("%s must not %s", file, forbidden).doesNotContain(forbidden);
                    }
                }
            }
        }
    }
}
