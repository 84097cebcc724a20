package dev.posdx.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.rules.RulePacks;
import org.junit.jupiter.api.Test;

/** The load benchmark's baseline must read exactly the files posdx loads, or the ratio lies. */
class LoadPacksBenchTest {

  @Test
  void baselineReadsEveryInstalledPackFile() {
    assertThat(new LoadPacksBench().baselineJacksonReadSameFiles()).hasSize(LoadPacksBench.PACK_FILES.size());
    // Both sides build the same engine input: the compiled packs equal the YAML decoded in the baseline.
    assertThat(new LoadPacksBench().baselineYamlDecodeSameFiles().packs())
        .containsExactlyInAnyOrderElementsOf(RulePacks.installed().packs());
    assertThat(RulePacks.installed().packs())
        .extracting(p -> p.origin().replaceAll(".*/", ""))
        .containsExactlyInAnyOrderElementsOf(LoadPacksBench.PACK_FILES);
  }
}
