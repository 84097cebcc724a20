package dev.posdx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posdx.examples.contract.LineError;
import dev.posdx.rules.internal.JsonSyntaxErrors;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * One outcome from flags, in the JSON-lines contract's shape, so that flags and JSON lines are
 * read by the same contract reader and give the same errors. {@code --json} takes a whole outcome
 * instead.
 */
final class OutcomeOptions {

  @Spec CommandLine.Model.CommandSpec self;

  @Option(names = "--json", paramLabel = "OBJECT", description = "The outcome as one JSON object of the contract, instead of the flags below.")
  @Nullable String json;

  @Option(names = "--network", paramLabel = "NAME", description = "UNIONPAY, VISA, MASTERCARD, AMEX, JCB, DISCOVER or ISO8583 (any case).")
  @Nullable String network;

  @Option(names = {"--code", "--response-code"}, paramLabel = "CODE", description = "The host's response code (ISO 8583 field 39 or the network's own), e.g. 05.")
  @Nullable String responseCode;

  @Option(names = {"--mac", "--merchant-advice-code"}, paramLabel = "CODE", description = "Mastercard Merchant Advice Code, e.g. 03.")
  @Nullable String merchantAdviceCode;

  @Option(names = {"--type", "--transaction-type"}, paramLabel = "TYPE", description = "SALE, VOID, REFUND, PREAUTH, PREAUTH_COMPLETION, BALANCE_INQUIRY.")
  @Nullable String transactionType;

  @Option(names = {"--entry", "--entry-mode"}, paramLabel = "MODE", description = "CHIP, CONTACTLESS, MAGSTRIPE, FALLBACK, MANUAL.")
  @Nullable String entryMode;

  @Option(names = "--pan", paramLabel = "PAN", description = "Card number, full or masked (622202******1234); masked at once, never echoed.")
  @Nullable String pan;

  @Option(names = {"--expiry", "--card-expiry"}, paramLabel = "YYMM", description = "Card expiry, e.g. 2612.")
  @Nullable String cardExpiry;

  @Option(names = "--issuer-country", paramLabel = "CC", description = "The card issuer's country, ISO 3166 alpha-2.")
  @Nullable String issuerCountry;

  @Option(names = "--card-languages", paramLabel = "LANGS", description = "EMV 5F2D: ISO 639-1 codes run together, e.g. zhen.")
  @Nullable String cardLanguages;

  @Option(names = "--amount", paramLabel = "DECIMAL", description = "Amount, e.g. 128.00 (needs --currency).")
  @Nullable String amount;

  @Option(names = "--currency", paramLabel = "ISO4217", description = "Currency of the amount, e.g. CNY.")
  @Nullable String currency;

  @Option(names = "--card-currency", paramLabel = "ISO4217", description = "The card's own currency (EMV 9F42).")
  @Nullable String cardCurrency;

  @Option(names = "--reader", paramLabel = "STATUS", description = "Terminal reader: OK, CHIP_ERROR, MAGSTRIPE_ERROR, CONTACTLESS_ERROR, FAULT.")
  @Nullable String reader;

  @Option(names = "--link", paramLabel = "STATUS", description = "Terminal link: ONLINE, OFFLINE, UNSTABLE.")
  @Nullable String link;

  @Option(names = "--host", paramLabel = "REPLY", description = "Host reply: RESPONDED, TIMEOUT, NOT_SENT.")
  @Nullable String host;

  @Option(names = "--latency-ms", paramLabel = "MS", description = "How long the host took to answer.")
  @Nullable Long latencyMs;

  @Option(names = "--clock-skew-seconds", paramLabel = "S", description = "Terminal clock minus host clock.")
  @Nullable Long clockSkewSeconds;

  @Option(names = "--keys", paramLabel = "STATUS", description = "Working keys: OK, MAC_ERROR, NOT_SIGNED_ON.")
  @Nullable String keys;

  @Option(names = "--kernel-outcome", paramLabel = "OUTCOME", description = "EMV kernel outcome, e.g. TRY_ANOTHER_INTERFACE.")
  @Nullable String kernelOutcome;

  @Option(names = "--tvr", paramLabel = "HEX", description = "EMV TVR (tag 95), 10 hex digits.")
  @Nullable String tvr;

  @Option(names = "--input-timed-out", paramLabel = "BOOL", arity = "1", description = "true when the terminal gave up waiting for input.")
  @Nullable Boolean inputTimedOut;

  @Option(names = "--printer", paramLabel = "STATUS", description = "Printer: OK, NO_PAPER, FAULT.")
  @Nullable String printer;

  @Option(names = "--merchant-country", paramLabel = "CC", description = "The merchant's country, ISO 3166 alpha-2.")
  @Nullable String merchantCountry;

  @Option(names = "--acquirer", paramLabel = "ID", description = "The acquirer's id, as the packs name it.")
  @Nullable String acquirer;

  @Option(names = "--chain", paramLabel = "ID", description = "The chain's id.")
  @Nullable String chainId;

  @Option(names = "--store", paramLabel = "ID", description = "The store's id.")
  @Nullable String storeId;

  @Option(names = "--original-store", paramLabel = "ID", description = "For a void or refund: the store of the original sale.")
  @Nullable String originalStoreId;

  @Option(names = "--merchant-id", paramLabel = "ID", description = "Merchant id (MID).")
  @Nullable String merchantId;

  @Option(names = "--terminal-id", paramLabel = "ID", description = "Terminal id (TID).")
  @Nullable String terminalId;

  @Option(names = "--time", paramLabel = "ISO8601", description = "When the request was sent, with offset: 2026-02-15T12:30:00+08:00.")
  @Nullable String time;

  @Option(names = "--attempt", paramLabel = "N", description = "1 for the first try of this card for this sale.")
  @Nullable Long attempt;

  /** True when no outcome was given at all. */
  boolean isEmpty() {
    return json == null && toJson().isEmpty();
  }

  /**
   * The outcome as the contract's JSON.
   *
   * @throws UsageException when {@code --json} is not a JSON object, or is mixed with flags
   */
  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode flags = toJson();
    if (json == null) {
      return flags;
    }
    if (!flags.isEmpty()) {
      throw new UsageException("give the outcome either as --json or as flags, not both");
    }
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UsageException("--json is not valid JSON: " + JsonSyntaxErrors.describe(e));
    } catch (RuntimeException e) {
      // Jackson passes BigDecimal's failure on for a number such as 1e9999999999.
      throw new UsageException("--json is not valid JSON: a number cannot be read");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new UsageException("--json must be one JSON object such as {\"network\":\"UNIONPAY\",\"responseCode\":\"51\"}");
    }
    return object;
  }

  // Every flag this mixin holds, read through its spec and written at its contract path.
  private ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    FLAGS.forEach((path, flag) -> {
      Object value = self.findOption(flag).getValue();
      if (value != null) {
        int dot = path.indexOf('.');
        ObjectNode parent = dot < 0 ? root : root.withObjectProperty(path.substring(0, dot));
        parent.set(path.substring(dot + 1), value instanceof Long n ? JsonNodeFactory.instance.numberNode(n)
            : value instanceof Boolean b ? JsonNodeFactory.instance.booleanNode(b)
            : JsonNodeFactory.instance.textNode(value.toString()));
      }
    });
    return root;
  }

  /** An error about the outcome, naming the flag when the outcome came from flags. */
  String describe(LineError error) {
    String field = error.field().orElse("");
    String flag = json == null ? FLAGS.get(field) : null;
    String where = flag != null ? flag : field.isEmpty() ? "outcome" : field;
    return where + ": " + error.message();
  }

  /** Each contract field (dotted path) and its flag, in the contract's order. */
  private static final Map<String, String> FLAGS = pathsAndFlags(
      "network", "--network",
      "responseCode", "--code",
      "merchantAdviceCode", "--mac",
      "transactionType", "--type",
      "entryMode", "--entry",
      "pan", "--pan",
      "cardExpiry", "--expiry",
      "issuerCountry", "--issuer-country",
      "cardLanguages", "--card-languages",
      "amount", "--amount",
      "currency", "--currency",
      "cardCurrency", "--card-currency",
      "terminal.reader", "--reader",
      "terminal.link", "--link",
      "terminal.host", "--host",
      "terminal.latencyMs", "--latency-ms",
      "terminal.clockSkewSeconds", "--clock-skew-seconds",
      "terminal.keys", "--keys",
      "terminal.kernelOutcome", "--kernel-outcome",
      "terminal.tvr", "--tvr",
      "terminal.inputTimedOut", "--input-timed-out",
      "terminal.printer", "--printer",
      "merchant.country", "--merchant-country",
      "merchant.acquirer", "--acquirer",
      "merchant.chainId", "--chain",
      "merchant.storeId", "--store",
      "merchant.originalStoreId", "--original-store",
      "merchant.merchantId", "--merchant-id",
      "merchant.terminalId", "--terminal-id",
      "time", "--time",
      "attempt", "--attempt");

  private static Map<String, String> pathsAndFlags(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
