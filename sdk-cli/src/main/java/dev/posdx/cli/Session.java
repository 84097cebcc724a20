package dev.posdx.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.posdx.core.Diagnoser;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.GuidanceTexts;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePacks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The built-in packs and those of the {@code --packs} directories.
   *
   * @throws RulePackException when a pack cannot be read, or (as {@code posdx validate} says) one
   *     of the given packs' own examples does not reproduce against the whole set
   */
  static RulePacks packSet(PackOptions packs) {
    RulePacks all = RulePacks.installed();
    List<RulePack> given = new ArrayList<>();
    for (Path directory : packs.directories) {
      RulePacks read = RulePacks.fromPath(directory);
      given.addAll(read.packs());
      all = all.with(read);
    }
    List<RulePackException.Problem> mismatches = exampleMismatches(all, given);
    if (!mismatches.isEmpty()) {
      throw new RulePackException(mismatches);
    }
    return all;
  }

  /** The examples of {@code own} packs that do not reproduce against the whole {@code set}. */
  static List<RulePackException.Problem> exampleMismatches(RulePacks set, List<RulePack> own) {
    if (own.isEmpty()) {
      return List.of();
    }
    return set.exampleMismatches().stream()
        .filter(p -> own.stream().anyMatch(pack -> pack.origin().equals(p.location().resource())))
        .toList();
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
