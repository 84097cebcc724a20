package dev.posdx.rules.internal;

import java.util.List;

/**
 * The field names of the pack format, object by object (PACK_FORMAT.md, pack.schema.json): what
 * the decoder accepts, and what the schema and documentation tests hold it to.
 */
public final class PackFormat {

  public static final int SCHEMA_VERSION = 1;

  public static final List<String> PACK_FIELDS =
      List.of("schemaVersion", "id", "version", "scope", "sources", "notes", "validUntil", "retryLimits", "rules");
  public static final List<String> SOURCE_FIELDS = List.of("document", "edition");
  public static final List<String> RETRY_LIMIT_FIELDS = List.of("network", "maxAttempts", "maxReattempts", "window", "source");
  public static final List<String> RULE_FIELDS = List.of("id", "notes", "when", "then", "examples");
  public static final List<String> WHEN_FIELDS =
      List.of(
          "network", "responseCode", "responseCodePresent", "merchantAdviceCode", "transactionType",
          "entryMode", "cardExpired", "issuerCountry", "crossBorder", "currency", "currencyMismatch",
          "attemptAtLeast", "terminal", "merchant", "time");
  public static final List<String> WHEN_TERMINAL_FIELDS =
      List.of(
          "reader", "link", "host", "keys", "kernelOutcome", "printer", "tvrAnyBit", "inputTimedOut",
          "latencyAtLeastMs", "clockSkewAtLeastSeconds");
  public static final List<String> WHEN_MERCHANT_FIELDS =
      List.of("acquirer", "chainId", "storeId", "originalStoreDiffers", "country");
  public static final List<String> WHEN_TIME_FIELDS = List.of("localTimeBetween", "daysOfWeek", "dates", "onOrAfter", "before");
  public static final List<String> TIME_WINDOW_FIELDS = List.of("from", "to");
  public static final List<String> DATE_RANGE_FIELDS = List.of("from", "to", "label");
  public static final List<String> THEN_FIELDS =
      List.of(
          "cause", "category", "confidence", "retry", "contactIssuer", "steps", "withheldFrom",
          "supplementary", "networkDisplay");
  public static final List<String> RETRY_FIELDS = List.of("decision", "after", "change");
  public static final List<String> EXAMPLE_FIELDS = List.of("given", "expect");

  private PackFormat() {}
}
