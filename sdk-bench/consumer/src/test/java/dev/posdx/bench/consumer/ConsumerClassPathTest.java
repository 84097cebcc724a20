package dev.posdx.bench.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.bench.FirstGuidance;
import dev.posdx.bench.WithoutJackson;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An app that depends on core, rules and i18n alone: its runtime class path (as Maven resolves
 * it for this pom) holds no Jackson, SnakeYAML or Caffeine, and on that class path the built-in
 * packs load, a decline is diagnosed and rendered, and the custom-pack and contract readers say
 * which artifact to add.
 */
class ConsumerClassPathTest {

  private static final Path CLASS_PATH = Path.of("target/consumer.classpath");

  private static List<String> consumerClassPath() throws IOException {
    assertThat(CLASS_PATH).as("written by this module's build-classpath execution").exists();
    return List.of(Files.readString(CLASS_PATH, StandardCharsets.UTF_8).strip().split(File.pathSeparator));
  }

  @Test
  void theRuntimeClassPathHoldsNoJacksonSnakeYamlNorCaffeine() throws IOException {
    List<String> entries = consumerClassPath();
    assertThat(entries).anyMatch(e -> e.contains("sdk-rules") || e.contains("posdx-rules"));
    assertThat(entries).noneMatch(e -> {
      String name = e.toLowerCase(Locale.ROOT);
      return name.contains("jackson") || name.contains("snakeyaml") || name.contains("caffeine");
    });
  }

  @Test
  void firstGuidanceGivesARealAnswerOnIt() throws Exception {
    // FirstGuidance exits 2 unless the diagnosis is known and the cardholder's text is not blank.
    String out = run(FirstGuidance.class);
    // Standard error is merged in (slf4j says it has no backend); the answer is its own line.
    assertThat(out).containsPattern("(?m)^account\\.insufficient-funds: \\S+");
  }

  @Test
  void theRuntimeReadersNameTheArtifactToAddOnIt() throws Exception {
    String out = run(WithoutJackson.class);
    assertThat(out)
        .contains("(RulePackReader) needs com.fasterxml.jackson.core:jackson-databind")
        .contains("(OutcomeJson) needs com.fasterxml.jackson.core:jackson-databind")
        .contains("jackson-dataformat-yaml");
  }

  // A fresh JVM on the consumer's class path plus the harness class's own location (posdx-bench's classes).
  private static String run(Class<?> main) throws IOException, InterruptedException, URISyntaxException {
    String harness = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, consumerClassPath()) + File.pathSeparator + harness,
        main.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
