/** Runnable integration examples and the JSON contract pipeline (the {@code posdx} command line is posdx-cli). */
module dev.posdx.examples {
  requires transitive dev.posdx.core;
  requires transitive dev.posdx.rules;
  requires transitive dev.posdx.i18n;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  // posdx-rules reads custom YAML packs only when this optional module is present.
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.jspecify;

  exports dev.posdx.examples.chainpack;
  exports dev.posdx.examples.checkout;
  exports dev.posdx.examples.contract;
  exports dev.posdx.examples.gateway;
  exports dev.posdx.examples.vendorlocale;
}
