package dev.posdx.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.posdx.core.Diagnoser;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.GuidanceTexts;
import dev.posdx.rules.RulePacks;
import java.nio.file.Path;
import java.util.Locale;

/** Builds what a command needs from its options: the diagnoser with any extra packs, the texts. */
final class Session {

  /** Writes to standard output without closing it. */
  static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private Session() {}

  /**
   * The built-in packs and issuer directory, plus every pack in the {@code --packs} directories.
   *
   * @throws dev.posdx.rules.RulePackException naming each bad file, line and field
   */
  static Diagnoser diagnoser(PackOptions packs) {
    if (packs.directories.isEmpty()) {
      return Diagnoser.standard();
    }
    return Diagnoser.builder().addPacks(packSet(packs).packs()).addInstalledIssuerDirectory().build();
  }

  /** The built-in packs and those of the {@code --packs} directories. */
  static RulePacks packSet(PackOptions packs) {
    RulePacks all = RulePacks.installed();
    for (Path directory : packs.directories) {
      all = all.with(RulePacks.fromPath(directory));
    }
    return all;
  }

  /** The worker count: {@code requested}, or for 0 the processors available, at most 8. */
  static int threads(int requested) {
    if (requested < 0 || requested > 256) {
      throw new UsageException("--threads must be 0 (automatic) to 256, got " + requested);
    }
    return requested > 0 ? requested : Math.min(8, Runtime.getRuntime().availableProcessors());
  }

  static GuidanceTexts texts() {
    return GuidanceTexts.standard();
  }

  static DiagnosisPipeline pipeline(PackOptions packs, boolean lenient, Locale locale) {
    return new DiagnosisPipeline(diagnoser(packs), lenient, texts(), locale);
  }
}
