/** Runnable integration examples and the {@code posdx} command line. */
module dev.posdx.examples {
  requires transitive dev.posdx.core;
  requires transitive dev.posdx.rules;
  requires transitive dev.posdx.i18n;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires info.picocli;
  requires static org.jspecify;

  exports dev.posdx.examples.batch;
  exports dev.posdx.examples.chainpack;
  exports dev.posdx.examples.checkout;
  exports dev.posdx.examples.contract;
  exports dev.posdx.examples.demo;
  exports dev.posdx.examples.gateway;
  exports dev.posdx.examples.vendorlocale;
  // picocli reads the commands' annotated fields reflectively.
  opens dev.posdx.examples.cli to info.picocli;
}
