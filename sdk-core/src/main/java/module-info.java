/**
 * posdx's model and engine: a payment's outcome in, a {@link dev.posdx.core.diagnosis.Diagnosis}
 * out, with the rule model and the SPI through which packs, cause catalogs and issuer directories
 * arrive. Reads no files and formats no text.
 */
module dev.posdx.core {
  requires com.google.common;
  requires org.slf4j;
  // Nullness annotations: needed to compile against posdx, never at run time.
  requires static org.jspecify;

  exports dev.posdx.core;
  exports dev.posdx.core.diagnosis;
  exports dev.posdx.core.outcome;
  exports dev.posdx.core.rule;
  exports dev.posdx.core.spi;
  // Not API: posdx-rules reads built-in pack examples on demand through it; the i18n module
  // keys the text it prepares once on the verdict diagnoses share.
  exports dev.posdx.core.internal to dev.posdx.rules, dev.posdx.i18n;

  // Diagnoser.standard() finds packs, the cause catalog and issuer directories here.
  uses dev.posdx.core.spi.RulePackProvider;
  uses dev.posdx.core.spi.CauseCatalogProvider;
  uses dev.posdx.core.spi.IssuerDirectory;
}
