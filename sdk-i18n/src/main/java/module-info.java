/**
 * Localized guidance from a diagnosis: message bundles, locale negotiation, display profiles and
 * the issuer contact kit.
 */
module dev.posdx.i18n {
  requires transitive dev.posdx.core;
  requires com.google.common;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.posdx.i18n;
  exports dev.posdx.i18n.display;
  exports dev.posdx.i18n.kit;
}
