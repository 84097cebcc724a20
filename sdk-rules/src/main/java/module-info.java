/**
 * The cause catalog, the rule-pack format with its reader and validator, the built-in packs and
 * the JSON-lines contract. The built-in packs arrive through the core's SPI ({@code provides}
 * below); nothing here needs to be named by an application that only diagnoses.
 */
module dev.posdx.rules {
  requires transitive dev.posdx.core;
  requires com.google.common;
  requires static org.jspecify;
  // Only custom packs and the JSON contract need a parser: an embedded app may leave them out.
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.yaml.snakeyaml;

  exports dev.posdx.rules;
  exports dev.posdx.rules.contract;
  exports dev.posdx.rules.issuers;
  exports dev.posdx.rules.packs;
  // Shared with posdx's own modules only: not API.
  exports dev.posdx.rules.internal to dev.posdx.examples, dev.posdx.kafka;

  uses dev.posdx.core.spi.RulePackProvider;

  provides dev.posdx.core.spi.CauseCatalogProvider with dev.posdx.rules.internal.CatalogProvider;
  provides dev.posdx.core.spi.IssuerDirectory with dev.posdx.rules.issuers.CnIssuerDirectory;
  provides dev.posdx.core.spi.RulePackProvider with
      dev.posdx.rules.internal.packs.Iso8583Pack,
      dev.posdx.rules.internal.packs.UnionPayPack,
      dev.posdx.rules.internal.packs.VisaPack,
      dev.posdx.rules.internal.packs.MastercardPack,
      dev.posdx.rules.internal.packs.ChainSettlementPack,
      dev.posdx.rules.internal.packs.CnCalendarPack,
      dev.posdx.rules.internal.packs.CrossBorderPack,
      dev.posdx.rules.internal.packs.EmvPack,
      dev.posdx.rules.internal.packs.OperatorPack,
      dev.posdx.rules.internal.packs.TerminalPack;
}
