package dev.posdx.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.posdx.core.Diagnoser;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.GuidanceRenderer;
import java.util.Locale;

/** Builds what a command needs from its options: the diagnoser with any extra packs, the renderer. */
final class Session {

  /** Writes to standard output without closing it. */
  static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** For commands that read outcomes but render no text ({@code explain}). */
  static final GuidanceRenderer NO_TEXT = (diagnosis, locale) -> {
    throw new IllegalStateException("this command renders no text");
  };

  private Session() {}

  static Diagnoser diagnoser(PackOptions packs) {
    if (packs.directories.isEmpty()) {
      return Diagnoser.standard();
    }
    throw new UnsupportedOperationException("TEMPORARY: --packs waits for the rules-format pack loader");
  }

  static GuidanceRenderer renderer() {
    throw new UnsupportedOperationException("TEMPORARY: rendering waits for sdk-i18n");
  }

  static DiagnosisPipeline pipeline(PackOptions packs, boolean lenient, Locale locale) {
    return new DiagnosisPipeline(diagnoser(packs), lenient, renderer(), locale);
  }
}
