package dev.posdx.rules.contract;

import static dev.posdx.rules.internal.OutcomeTrees.kind;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Ascii;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MaskedPan;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PanFormatException;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import dev.posdx.rules.contract.ContractException.Reason;
import dev.posdx.rules.internal.JsonFields;
import dev.posdx.rules.internal.JsonSyntaxErrors;
import dev.posdx.rules.internal.OptionalJackson;
import dev.posdx.rules.internal.OffsetTimes;
import dev.posdx.rules.internal.OutcomeTrees;
import dev.posdx.rules.internal.Redaction;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@link TransactionOutcome} from JSON: the {@code given} of a pack example and one line
 * of the command line's JSON-lines input. Immutable and thread-safe.
 *
 * <pre>{@code
 * TransactionOutcome o = OutcomeJson.strict().read("{\"network\":\"UNIONPAY\",\"responseCode\":\"51\"}");
 * }</pre>
 *
 * <p>The contract: {@code network} (required), {@code responseCode}, {@code merchantAdviceCode},
 * {@code transactionType}, {@code entryMode}, {@code pan} (full or masked; masked at once),
 * {@code cardExpiry} ({@code "YYMM"}), {@code issuerCountry}, {@code cardLanguages} ({@code
 * "zhen"} or {@code ["zh","en"]}), {@code amount} (decimal) with {@code currency}, {@code
 * cardCurrency}, {@code terminal} {{@code reader}, {@code link}, {@code host}, {@code latencyMs},
 * {@code clockSkewSeconds}, {@code keys}, {@code kernelOutcome}, {@code tvr} (10 hex digits),
 * {@code inputTimedOut}, {@code printer}}, {@code merchant} {{@code country}, {@code acquirer},
 * {@code chainId}, {@code storeId}, {@code originalStoreId}, {@code merchantId}, {@code
 * terminalId}}, {@code time} (ISO 8601 with an offset), {@code attempt} (1 or more) and {@code
 * cardAttemptsInWindow} (1 or more: this card's tries within the scheme's reattempt window). Enum
 * values are the core's names in any case. An absent or {@code null} field is unknown.
 *
 * <p>PIN, PIN block, CVV/CVC and track data are refused wherever they appear, even by the lenient
 * reader, and their values are never read into a message. Field names are matched after folding
 * case, separators, full-width and look-alike letters ({@code CVV_Code}, {@code ｃｖｖ}, a
 * Cyrillic {@code сvv}, {@code track2Data}, {@code encryptedPin}, {@code tag57}): see {@link
 * SecretFieldNames}. A syntax error is described in our own words with its line and column; the
 * parser's message, which quotes the input, is never shown. No error message holds more of a card
 * number than its first six and last four digits.
 *
 * @since 0.1
 */
public final class OutcomeJson {

  static final ImmutableList<String> ROOT_FIELDS =
      ImmutableList.of(
          "network", "responseCode", "merchantAdviceCode", "transactionType", "entryMode", "pan",
          "cardExpiry", "issuerCountry", "cardLanguages", "amount", "currency", "cardCurrency",
          "terminal", "merchant", "time", "attempt", "cardAttemptsInWindow");
  static final ImmutableList<String> TERMINAL_FIELDS =
      ImmutableList.of(
          "reader", "link", "host", "latencyMs", "clockSkewSeconds", "keys", "kernelOutcome", "tvr",
          "inputTimedOut", "printer");
  static final ImmutableList<String> MERCHANT_FIELDS =
      ImmutableList.of(
          "country", "acquirer", "chainId", "storeId", "originalStoreId", "merchantId", "terminalId");

  // The contract's own names that are no secret's: the common case needs no folding per record.
  private static final ImmutableSet<String> SAFE_NAMES =
      Stream.of(ROOT_FIELDS, TERMINAL_FIELDS, MERCHANT_FIELDS).flatMap(List::stream)
          .filter(name -> !SecretFieldNames.isSecret(name)).collect(ImmutableSet.toImmutableSet());

  /** One JSON-lines record is small; anything larger is not an outcome. */
  private static final int MAX_DOCUMENT_BYTES = 64 * 1024;

  private static final int MAX_DEPTH = 16;

  private static final int MAX_NUMBER_LENGTH = 64;

  // Bounds a payment amount can need; they keep 1e999999 from becoming a million-digit text.
  private static final int MAX_AMOUNT_INTEGER_DIGITS = 15;
  private static final int MAX_AMOUNT_DECIMALS = 8;

  private static final OutcomeJson STRICT = new OutcomeJson(false);
  private static final OutcomeJson LENIENT = new OutcomeJson(true);

  // Jackson is optional in posdx-rules: nothing of it is touched before strict() or lenient() checked it is there.
  private static final class Jackson {
    static final ObjectMapper MAPPER = mapper();

    static {
      // posdx's own code that already holds a Jackson tree reads it through OutcomeTrees.
      OutcomeTrees.lend((lenient, json) -> (lenient ? LENIENT : STRICT).readTree(json));
    }

    static OutcomeJson ready(OutcomeJson reader) {
      return reader;
    }

    // Here, not in OutcomeJson: a catch of a Jackson type makes the verifier load it with the class.
    static @Nullable JsonNode parse(Parse parse) {
      try {
        return parse.parse();
      } catch (JacksonException e) {
        throw malformed(e);
      } catch (NumberFormatException e) {
        // Jackson parses some numbers lazily and reports an exponent it cannot hold this way.
        throw new ContractException(Reason.MALFORMED, List.of(), "not valid JSON: a number is out of range", e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the outcome", e);
      }
    }

    // The parser's own message quotes the input (an unquoted token, a field name): it is read to
    // choose our words and never shown, and the exception is not kept as the cause.
    private static ContractException malformed(JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return new ContractException(Reason.MALFORMED, List.of(), "not valid JSON" + where + ": " + JsonSyntaxErrors.describe(e));
    }
  }

  private final boolean lenient;
  private final JsonFields.Voice voice = new ContractVoice();

  private OutcomeJson(boolean lenient) {
    this.lenient = lenient;
  }

  /** {@return a reader that refuses unknown fields: for pack examples and tests} */
  public static OutcomeJson strict() {
    OptionalJackson.requireDatabind("the JSON contract reader (OutcomeJson)");
    return Jackson.ready(STRICT);
  }

  /** {@return a reader that ignores unknown fields (logs carry extra fields); secrets are still refused} */
  public static OutcomeJson lenient() {
    OptionalJackson.requireDatabind("the JSON contract reader (OutcomeJson)");
    return Jackson.ready(LENIENT);
  }

  /** {@return true when this reader ignores unknown fields} */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads one outcome from a JSON object.
   *
   * @param json one JSON object
   * @return the outcome
   * @throws ContractException naming the field when the input breaks the contract
   */
  public TransactionOutcome read(String json) {
    return readParsed(() -> Jackson.MAPPER.readTree(json));
  }

  /**
   * Reads one outcome from a JSON object in UTF-8 (or UTF-16/32, as JSON allows).
   *
   * @param json one JSON object's bytes
   * @return the outcome
   * @throws ContractException naming the field when the input breaks the contract
   */
  public TransactionOutcome read(byte[] json) {
    return readParsed(() -> Jackson.MAPPER.readTree(json));
  }

  /**
   * Reads one outcome from a JSON object; the caller closes the reader.
   *
   * @param json a reader positioned at one JSON object
   * @return the outcome
   * @throws ContractException naming the field when the input breaks the contract
   * @throws UncheckedIOException when the reader fails
   */
  public TransactionOutcome read(Reader json) {
    return readParsed(() -> Jackson.MAPPER.readTree(json));
  }

  private interface Parse {
    @Nullable JsonNode parse() throws IOException;
  }

  private TransactionOutcome readParsed(Parse parse) {
    JsonNode node = Jackson.parse(parse);
    if (node == null || node.isMissingNode()) {
      throw new ContractException(Reason.MALFORMED, List.of(), "the input is empty; expected a JSON object");
    }
    return readTree(node);
  }

  private TransactionOutcome readTree(JsonNode json) {
    refuseSecrets(json, new ArrayList<>());
    if (!json.isObject()) {
      throw new ContractException(Reason.MALFORMED, List.of(), "an outcome must be an object, got " + kind(json));
    }
    JsonFields root = JsonFields.of(json, List.of(), ROOT_FIELDS, voice);
    Network network =
        root.enumValue("network", Network.class)
            .orElseThrow(
                () -> new ContractException(Reason.MISSING_FIELD, List.of("network"), "is required, one of " + String.join(", ", JsonFields.names(Network.class))));
    TransactionOutcome.Builder b = TransactionOutcome.builder(network);
    root.text("responseCode").ifPresent(v -> root.convert("responseCode", v, b::responseCode));
    root.text("merchantAdviceCode").ifPresent(v -> root.convert("merchantAdviceCode", v, b::merchantAdviceCode));
    root.enumValue("transactionType", TransactionType.class).ifPresent(b::transactionType);
    root.enumValue("entryMode", EntryMode.class).ifPresent(b::entryMode);
    root.text("pan").ifPresent(v -> b.pan(pan(root, v)));
    root.text("cardExpiry").ifPresent(v -> b.cardExpiry(cardExpiry(root, v)));
    root.text("issuerCountry").ifPresent(v -> b.issuerCountry(root.convert("issuerCountry", v, CountryCode::of)));
    readCardLanguages(root, b);
    readAmount(root, b);
    root.text("cardCurrency").ifPresent(v -> b.cardCurrency(root.convert("cardCurrency", v, Amount::currency)));
    root.object("terminal", TERMINAL_FIELDS).ifPresent(t -> b.terminal(terminal(t)));
    root.object("merchant", MERCHANT_FIELDS).ifPresent(m -> b.merchant(merchant(m)));
    root.text("time").ifPresent(v -> b.time(time(root, v)));
    root.integer("attempt").ifPresent(v -> {
      if (v < 1 || v > Integer.MAX_VALUE) {
        throw error(root, Reason.BAD_VALUE, "attempt", "must be 1 or more (1 is the first try), got " + Redaction.quote(Long.toString(v)));
      }
      b.attempt(v.intValue());
    });
    root.integer("cardAttemptsInWindow").ifPresent(v -> {
      if (v < 1 || v > Integer.MAX_VALUE) {
        throw error(root, Reason.BAD_VALUE, "cardAttemptsInWindow", "must be 1 or more (this try included), got " + Redaction.quote(Long.toString(v)));
      }
      b.cardAttemptsInWindow(v.intValue());
    });
    return b.build();
  }

  private static TerminalState terminal(JsonFields t) {
    TerminalState.Builder b = TerminalState.builder();
    t.enumValue("reader", ReaderStatus.class).ifPresent(b::reader);
    t.enumValue("link", LinkStatus.class).ifPresent(b::link);
    t.enumValue("host", HostReply.class).ifPresent(b::hostReply);
    t.integer("latencyMs").ifPresent(ms -> {
      if (ms < 0) {
        throw error(t, Reason.BAD_VALUE, "latencyMs", "must not be negative, got " + Redaction.quote(Long.toString(ms)));
      }
      b.latency(Duration.ofMillis(ms));
    });
    t.integer("clockSkewSeconds").ifPresent(s -> b.clockSkew(Duration.ofSeconds(s)));
    t.enumValue("keys", KeyStatus.class).ifPresent(b::keys);
    t.enumValue("kernelOutcome", KernelOutcome.class).ifPresent(b::kernelOutcome);
    t.text("tvr").ifPresent(v -> b.tvr(t.convert("tvr", v, Tvr::ofHex)));
    t.bool("inputTimedOut").ifPresent(b::inputTimedOut);
    t.enumValue("printer", PrinterStatus.class).ifPresent(b::printer);
    return b.build();
  }

  private static MerchantContext merchant(JsonFields m) {
    MerchantContext.Builder b = MerchantContext.builder();
    m.text("country").ifPresent(v -> b.country(m.convert("country", v, CountryCode::of)));
    m.text("acquirer").ifPresent(v -> m.convert("acquirer", v, b::acquirer));
    m.text("chainId").ifPresent(v -> m.convert("chainId", v, b::chainId));
    m.text("storeId").ifPresent(v -> m.convert("storeId", v, b::storeId));
    m.text("originalStoreId").ifPresent(v -> m.convert("originalStoreId", v, b::originalStoreId));
    m.text("merchantId").ifPresent(v -> m.convert("merchantId", v, b::merchantId));
    m.text("terminalId").ifPresent(v -> m.convert("terminalId", v, b::terminalId));
    return b.build();
  }

  private static MaskedPan pan(JsonFields root, String value) {
    try {
      return MaskedPan.parse(value);
    } catch (PanFormatException e) {
      // The core's message names the problem and the digit count, never the digits.
      String message = Strings.nullToEmpty(e.getMessage());
      String problem = message.startsWith("pan: ") ? message.substring(5) : message;
      throw new ContractException(Reason.BAD_VALUE, root.path("pan"), Redaction.scrub(problem), e);
    }
  }

  private static YearMonth cardExpiry(JsonFields root, String value) {
    boolean digits = value.length() == 4 && value.chars().allMatch(c -> c >= '0' && c <= '9');
    int month = digits ? Integer.parseInt(value.substring(2)) : 0;
    if (!digits || month < 1 || month > 12) {
      throw error(root, Reason.BAD_VALUE, "cardExpiry", "must be YYMM such as \"2612\", got " + Redaction.quote(value));
    }
    return YearMonth.of(2000 + Integer.parseInt(value.substring(0, 2)), month);
  }

  private static ZonedDateTime time(JsonFields root, String value) {
    ZonedDateTime common = OffsetTimes.parseCommon(value);
    if (common != null) {
      return common;
    }
    try {
      return ZonedDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new ContractException(
          Reason.BAD_VALUE,
          root.path("time"),
          "must be ISO 8601 with an offset such as \"2026-02-15T12:30:00+08:00\", got " + Redaction.quote(value),
          e);
    }
  }

  private static void readCardLanguages(JsonFields root, TransactionOutcome.Builder b) {
    Optional<JsonNode> node = root.node("cardLanguages");
    if (node.isEmpty()) {
      return;
    }
    JsonNode v = node.get();
    if (v.isTextual()) {
      root.convert("cardLanguages", v.textValue(), b::cardLanguagePreference);
    } else if (v.isArray()) {
      List<String> languages = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isTextual()) {
          throw new ContractException(
              Reason.WRONG_TYPE, JsonFields.below(root.path(), "cardLanguages", Integer.toString(i)), "must be a string such as \"zh\", got " + kind(v.get(i)));
        }
        languages.add(v.get(i).textValue());
      }
      root.convert("cardLanguages", languages, b::cardLanguages);
    } else {
      throw error(root, Reason.WRONG_TYPE, "cardLanguages", "must be a string such as \"zhen\" (EMV 5F2D), got " + kind(v));
    }
  }

  private static void readAmount(JsonFields root, TransactionOutcome.Builder b) {
    Optional<JsonNode> amount = root.node("amount");
    Optional<String> currency = root.text("currency");
    if (amount.isEmpty() && currency.isEmpty()) {
      return;
    }
    if (amount.isEmpty()) {
      throw error(root, Reason.MISSING_FIELD, "amount", "is required when currency is given");
    }
    if (currency.isEmpty()) {
      throw error(root, Reason.MISSING_FIELD, "currency", "is required with amount: an ISO 4217 code such as CNY");
    }
    JsonNode v = amount.get();
    BigDecimal value;
    if (v.isNumber()) {
      value = v.decimalValue();
    } else if (v.isTextual()) {
      try {
        value = new BigDecimal(v.textValue());
      } catch (NumberFormatException e) {
        throw new ContractException(
            Reason.BAD_VALUE, root.path("amount"), "must be a decimal number such as \"12.50\", got " + Redaction.quote(v.textValue()), e);
      }
    } else {
      throw error(root, Reason.WRONG_TYPE, "amount", "must be a decimal number such as \"12.50\", got " + kind(v));
    }
    if (value.precision() - value.scale() > MAX_AMOUNT_INTEGER_DIGITS || value.scale() > MAX_AMOUNT_DECIMALS) {
      throw error(
          root,
          Reason.BAD_VALUE,
          "amount",
          "must have at most " + MAX_AMOUNT_INTEGER_DIGITS + " digits before the point and " + MAX_AMOUNT_DECIMALS + " after it");
    }
    Currency code = root.convert("currency", currency.get(), Amount::currency);
    b.amount(root.convert("amount", value, x -> new Amount(x, code)));
  }

  private static void refuseSecrets(JsonNode node, List<String> path) {
    if (path.size() > MAX_DEPTH) {
      throw new ContractException(Reason.MALFORMED, path, "nested deeper than " + MAX_DEPTH + " levels");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String name = e.getKey();
        if (!SAFE_NAMES.contains(name) && SecretFieldNames.isSecret(name)) {
          throw new ContractException(
              Reason.REFUSED_FIELD, JsonFields.below(path, safeName(name)),
              "posdx never accepts PIN, CVV or track data; remove the field (its value was not read)");
        }
        // A value that is neither object nor array has nothing below it to refuse, unless too deep.
        if (e.getValue().isContainerNode() || path.size() >= MAX_DEPTH) {
          refuseSecrets(e.getValue(), JsonFields.below(path, safeName(name)));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseSecrets(node.get(i), JsonFields.below(path, Integer.toString(i)));
      }
    }
  }

  private static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_DOCUMENT_BYTES)
                    .maxStringLength(MAX_DOCUMENT_BYTES)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // A location in an error must not quote the input: it may hold a card number.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The contract's words for a field problem: the first one ends the reading. */
  private final class ContractVoice implements JsonFields.Voice {
    @Override
    public RuntimeException complain(JsonFields.Complaint c) {
      String problem =
          switch (c.trouble()) {
            case NOT_OBJECT -> "must be an object, got " + kind(valueOf(c));
            case NOT_TEXT, NOT_NAME -> c.problem() + (valueOf(c).isNumber() ? " (quote codes and ids: they keep their leading zeros)" : "");
            case BAD_VALUE -> Redaction.scrub(c.problem());
            default -> c.problem();
          };
      Reason reason =
          switch (c.trouble()) {
            case MISSING -> Reason.MISSING_FIELD;
            case UNKNOWN_NAME -> Reason.UNKNOWN_ENUM_VALUE;
            case BAD_VALUE -> Reason.BAD_VALUE;
            default -> Reason.WRONG_TYPE;
          };
      Throwable cause = c.cause();
      return cause == null ? new ContractException(reason, c.path(), problem) : new ContractException(reason, c.path(), problem, cause);
    }

    @Override
    public void unknownField(JsonFields object, String name) {
      if (!lenient) {
        List<String> known = object.known();
        throw new ContractException(
            Reason.UNKNOWN_FIELD,
            JsonFields.below(object.path(), safeName(name)),
            "unknown field " + Redaction.quote(name) + suggestion(name, known) + " (known here: " + String.join(", ", known) + ")");
      }
    }

    @Override
    public String quote(String value) {
      return Redaction.quote(value);
    }

    private JsonNode valueOf(JsonFields.Complaint c) {
      JsonNode v = c.value();
      if (v == null) {
        throw new IllegalStateException("a " + c.trouble() + " complaint carries the value");
      }
      return v;
    }
  }

  /** A field name fit for a message: a name that could be a card number is replaced. */
  private static String safeName(String name) {
    return Redaction.isSafe(name) ? name : "<a name of " + name.length() + " characters>";
  }

  private static String suggestion(String name, List<String> known) {
    for (String k : known) {
      if (k.equalsIgnoreCase(name)) {
        return " (did you mean " + k + "?)";
      }
    }
    return "";
  }

  private static ContractException error(JsonFields at, Reason reason, String name, String problem) {
    return new ContractException(reason, at.path(name), problem);
  }

  /** {@return the names of the contract's fields, for tools and documentation} */
  public static Set<String> fieldNames() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    names.addAll(ROOT_FIELDS);
    TERMINAL_FIELDS.forEach(f -> names.add("terminal." + f));
    MERCHANT_FIELDS.forEach(f -> names.add("merchant." + f));
    return names.build();
  }
}
