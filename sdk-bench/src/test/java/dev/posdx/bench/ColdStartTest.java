package dev.posdx.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cold-start and footprint harness measure what they claim; no timing is asserted. */
class ColdStartTest {

  @Test
  void firstGuidanceSucceedsInAFreshJvmSoItsTimeIsARealStart() throws Exception {
    // measure() throws when a child exits non-zero, as FirstGuidance does without real guidance.
    ColdStart.Medians m = ColdStart.measure("default", List.of(), System.getProperty("java.class.path"), 1);
    assertThat(m.empty()).isPositive();
    assertThat(m.posdx()).isPositive();
  }

  @Test
  void aFailingChildIsNeverTimed() {
    assertThatThrownBy(() -> ColdStart.measure("default", List.of(), "/nowhere", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exited with status");
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(ColdStart.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(ColdStart.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
  }

  @Test
  void footprintSeparatesPosdxJarsFromThirdPartyOnes(@TempDir Path dir) throws Exception {
    Path ours = Files.write(dir.resolve("posdx-core-0.1.0.jar"), new byte[100]);
    Path theirs = Files.write(dir.resolve("guava-33.8.0-android.jar"), new byte[300]);
    List<Footprint.Jar> jars = Footprint.jars(ours + File.pathSeparator + theirs);
    assertThat(jars).containsExactly(
        new Footprint.Jar("guava-33.8.0-android.jar", 300, false), new Footprint.Jar("posdx-core-0.1.0.jar", 100, true));
    assertThatThrownBy(() -> Footprint.jars(dir.toString())).hasMessageContaining("package the modules first");
  }
}
