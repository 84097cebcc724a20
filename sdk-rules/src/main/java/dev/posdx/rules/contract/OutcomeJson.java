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
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  // Each object's fields in the order they are read (the first problem in that order is the one
  // reported), and their places in it.
  private static final int NETWORK = 0;
  private static final int RESPONSE_CODE = 1;
  private static final int MERCHANT_ADVICE_CODE = 2;
  private static final int TRANSACTION_TYPE = 3;
  private static final int ENTRY_MODE = 4;
  private static final int PAN = 5;
  private static final int CARD_EXPIRY = 6;
  private static final int ISSUER_COUNTRY = 7;
  private static final int CARD_LANGUAGES = 8;
  private static final int AMOUNT = 9;
  private static final int CURRENCY = 10;
  private static final int CARD_CURRENCY = 11;
  private static final int TERMINAL = 12;
  private static final int MERCHANT = 13;
  private static final int TIME = 14;
  private static final int ATTEMPT = 15;
  private static final int CARD_ATTEMPTS_IN_WINDOW = 16;
  private static final ContractFields.Table ROOT =
      new ContractFields.Table(
          "network", "responseCode", "merchantAdviceCode", "transactionType", "entryMode", "pan",
          "cardExpiry", "issuerCountry", "cardLanguages", "amount", "currency", "cardCurrency",
          "terminal", "merchant", "time", "attempt", "cardAttemptsInWindow");

  private static final int READER = 0;
  private static final int LINK = 1;
  private static final int HOST = 2;
  private static final int LATENCY_MS = 3;
  private static final int CLOCK_SKEW_SECONDS = 4;
  private static final int KEYS = 5;
  private static final int KERNEL_OUTCOME = 6;
  private static final int TVR = 7;
  private static final int INPUT_TIMED_OUT = 8;
  private static final int PRINTER = 9;
  private static final ContractFields.Table TERMINAL_FIELDS =
      new ContractFields.Table(
          "reader", "link", "host", "latencyMs", "clockSkewSeconds", "keys", "kernelOutcome", "tvr",
          "inputTimedOut", "printer");

  // All of the merchant's fields are text, read in this order.
  private static final int COUNTRY = 0;
  private static final int ACQUIRER = 1;
  private static final int CHAIN_ID = 2;
  private static final int STORE_ID = 3;
  private static final int ORIGINAL_STORE_ID = 4;
  private static final int MERCHANT_ID = 5;
  private static final int TERMINAL_ID = 6;
  private static final ContractFields.Table MERCHANT_FIELDS =
      new ContractFields.Table(
          "country", "acquirer", "chainId", "storeId", "originalStoreId", "merchantId", "terminalId");

  // The contract's own names that are no secret's: the common case needs no folding per record.
  private static final Set<String> SAFE_NAMES = safeNames();

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
    refuseSecrets(json);
    if (!json.isObject()) {
      throw new ContractException(Reason.MALFORMED, List.of(), "an outcome must be an object, got " + kind(json));
    }
    ContractFields root = ContractFields.of(json, List.of(), ROOT, voice);
    Network network = root.enumValue(NETWORK, Network.class);
    if (network == null) {
      throw new ContractException(Reason.MISSING_FIELD, List.of("network"), "is required, one of " + String.join(", ", JsonFields.names(Network.class)));
    }
    TransactionOutcome.Builder b = TransactionOutcome.builder(network);
    text(root, RESPONSE_CODE, b);
    text(root, MERCHANT_ADVICE_CODE, b);
    TransactionType type = root.enumValue(TRANSACTION_TYPE, TransactionType.class);
    if (type != null) {
      b.transactionType(type);
    }
    EntryMode entryMode = root.enumValue(ENTRY_MODE, EntryMode.class);
    if (entryMode != null) {
      b.entryMode(entryMode);
    }
    String pan = root.text(PAN);
    if (pan != null) {
      b.pan(pan(root, pan));
    }
    String expiry = root.text(CARD_EXPIRY);
    if (expiry != null) {
      b.cardExpiry(cardExpiry(root, expiry));
    }
    text(root, ISSUER_COUNTRY, b);
    readCardLanguages(root, b);
    readAmount(root, b);
    text(root, CARD_CURRENCY, b);
    ContractFields terminal = root.object(TERMINAL, TERMINAL_FIELDS);
    if (terminal != null) {
      b.terminal(terminal(terminal));
    }
    ContractFields merchant = root.object(MERCHANT, MERCHANT_FIELDS);
    if (merchant != null) {
      b.merchant(merchant(merchant));
    }
    String time = root.text(TIME);
    if (time != null) {
      b.time(time(root, time));
    }
    if (root.has(ATTEMPT)) {
      b.attempt(atLeastOne(root, ATTEMPT, "must be 1 or more (1 is the first try), got "));
    }
    if (root.has(CARD_ATTEMPTS_IN_WINDOW)) {
      b.cardAttemptsInWindow(atLeastOne(root, CARD_ATTEMPTS_IN_WINDOW, "must be 1 or more (this try included), got "));
    }
    return b.build();
  }

  // The outcome's text fields that a core factory or setter takes as they are; its
  // IllegalArgumentException is the field's bad value.
  private static void text(ContractFields root, int field, TransactionOutcome.Builder b) {
    String v = root.text(field);
    if (v == null) {
      return;
    }
    try {
      switch (field) {
        case RESPONSE_CODE -> b.responseCode(v);
        case MERCHANT_ADVICE_CODE -> b.merchantAdviceCode(v);
        case ISSUER_COUNTRY -> b.issuerCountry(CountryCode.of(v));
        case CARD_CURRENCY -> b.cardCurrency(Amount.currency(v));
        default -> throw new IllegalStateException("not a text field of the outcome: " + field);
      }
    } catch (IllegalArgumentException e) {
      throw root.badValue(field, e);
    }
  }

  private static int atLeastOne(ContractFields root, int field, String problem) {
    long v = root.integer(field);
    if (v < 1 || v > Integer.MAX_VALUE) {
      throw new ContractException(Reason.BAD_VALUE, root.path(field), problem + Redaction.quote(Long.toString(v)));
    }
    return (int) v;
  }

  private static TerminalState terminal(ContractFields t) {
    TerminalState.Builder b = TerminalState.builder();
    ReaderStatus reader = t.enumValue(READER, ReaderStatus.class);
    if (reader != null) {
      b.reader(reader);
    }
    LinkStatus link = t.enumValue(LINK, LinkStatus.class);
    if (link != null) {
      b.link(link);
    }
    HostReply host = t.enumValue(HOST, HostReply.class);
    if (host != null) {
      b.hostReply(host);
    }
    if (t.has(LATENCY_MS)) {
      long ms = t.integer(LATENCY_MS);
      if (ms < 0) {
        throw new ContractException(Reason.BAD_VALUE, t.path(LATENCY_MS), "must not be negative, got " + Redaction.quote(Long.toString(ms)));
      }
      b.latency(Duration.ofMillis(ms));
    }
    if (t.has(CLOCK_SKEW_SECONDS)) {
      b.clockSkew(Duration.ofSeconds(t.integer(CLOCK_SKEW_SECONDS)));
    }
    KeyStatus keys = t.enumValue(KEYS, KeyStatus.class);
    if (keys != null) {
      b.keys(keys);
    }
    KernelOutcome kernel = t.enumValue(KERNEL_OUTCOME, KernelOutcome.class);
    if (kernel != null) {
      b.kernelOutcome(kernel);
    }
    String tvr = t.text(TVR);
    if (tvr != null) {
      try {
        b.tvr(Tvr.ofHex(tvr));
      } catch (IllegalArgumentException e) {
        throw t.badValue(TVR, e);
      }
    }
    if (t.has(INPUT_TIMED_OUT)) {
      b.inputTimedOut(t.bool(INPUT_TIMED_OUT));
    }
    PrinterStatus printer = t.enumValue(PRINTER, PrinterStatus.class);
    if (printer != null) {
      b.printer(printer);
    }
    return b.build();
  }

  private static MerchantContext merchant(ContractFields m) {
    MerchantContext.Builder b = MerchantContext.builder();
    for (int field = 0; field < MERCHANT_FIELDS.size(); field++) {
      String v = m.text(field);
      if (v != null) {
        try {
          merchantText(b, field, v);
        } catch (IllegalArgumentException e) {
          throw m.badValue(field, e);
        }
      }
    }
    return b.build();
  }

  private static void merchantText(MerchantContext.Builder b, int field, String v) {
    switch (field) {
      case COUNTRY -> b.country(CountryCode.of(v));
      case ACQUIRER -> b.acquirer(v);
      case CHAIN_ID -> b.chainId(v);
      case STORE_ID -> b.storeId(v);
      case ORIGINAL_STORE_ID -> b.originalStoreId(v);
      case MERCHANT_ID -> b.merchantId(v);
      case TERMINAL_ID -> b.terminalId(v);
      default -> throw new IllegalStateException("not a field of the merchant: " + field);
    }
  }

  private static MaskedPan pan(ContractFields root, String value) {
    try {
      return MaskedPan.parse(value);
    } catch (PanFormatException e) {
      // The core's message names the problem and the digit count, never the digits.
      String message = e.getMessage() == null ? "" : e.getMessage();
      String problem = message.startsWith("pan: ") ? message.substring(5) : message;
      throw new ContractException(Reason.BAD_VALUE, root.path(PAN), Redaction.scrub(problem), e);
    }
  }

  private static YearMonth cardExpiry(ContractFields root, String value) {
    boolean digits = value.length() == 4;
    for (int i = 0; digits && i < 4; i++) {
      digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
    }
    int month = digits ? Integer.parseInt(value.substring(2)) : 0;
    if (!digits || month < 1 || month > 12) {
      throw new ContractException(Reason.BAD_VALUE, root.path(CARD_EXPIRY), "must be YYMM such as \"2612\", got " + Redaction.quote(value));
    }
    return YearMonth.of(2000 + Integer.parseInt(value.substring(0, 2)), month);
  }

  private static ZonedDateTime time(ContractFields root, String value) {
    ZonedDateTime common = OffsetTimes.parseCommon(value);
    if (common != null) {
      return common;
    }
    try {
      return ZonedDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new ContractException(
          Reason.BAD_VALUE,
          root.path(TIME),
          "must be ISO 8601 with an offset such as \"2026-02-15T12:30:00+08:00\", got " + Redaction.quote(value),
          e);
    }
  }

  private static void readCardLanguages(ContractFields root, TransactionOutcome.Builder b) {
    JsonNode v = root.node(CARD_LANGUAGES);
    if (v == null) {
      return;
    }
    if (v.isTextual()) {
      try {
        b.cardLanguagePreference(v.textValue());
      } catch (IllegalArgumentException e) {
        throw root.badValue(CARD_LANGUAGES, e);
      }
    } else if (v.isArray()) {
      List<String> languages = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!v.get(i).isTextual()) {
          throw new ContractException(
              Reason.WRONG_TYPE, JsonFields.below(root.path(), "cardLanguages", Integer.toString(i)), "must be a string such as \"zh\", got " + kind(v.get(i)));
        }
        languages.add(v.get(i).textValue());
      }
      try {
        b.cardLanguages(languages);
      } catch (IllegalArgumentException e) {
        throw root.badValue(CARD_LANGUAGES, e);
      }
    } else {
      throw new ContractException(
          Reason.WRONG_TYPE, root.path(CARD_LANGUAGES), "must be a string such as \"zhen\" (EMV 5F2D), got " + kind(v));
    }
  }

  private static void readAmount(ContractFields root, TransactionOutcome.Builder b) {
    JsonNode v = root.node(AMOUNT);
    String currency = root.text(CURRENCY);
    if (v == null && currency == null) {
      return;
    }
    if (v == null) {
      throw new ContractException(Reason.MISSING_FIELD, root.path(AMOUNT), "is required when currency is given");
    }
    if (currency == null) {
      throw new ContractException(Reason.MISSING_FIELD, root.path(CURRENCY), "is required with amount: an ISO 4217 code such as CNY");
    }
    BigDecimal value;
    if (v.isNumber()) {
      value = v.decimalValue();
    } else if (v.isTextual()) {
      try {
        value = new BigDecimal(v.textValue());
      } catch (NumberFormatException e) {
        throw new ContractException(
            Reason.BAD_VALUE, root.path(AMOUNT), "must be a decimal number such as \"12.50\", got " + Redaction.quote(v.textValue()), e);
      }
    } else {
      throw new ContractException(Reason.WRONG_TYPE, root.path(AMOUNT), "must be a decimal number such as \"12.50\", got " + kind(v));
    }
    if (value.precision() - value.scale() > MAX_AMOUNT_INTEGER_DIGITS || value.scale() > MAX_AMOUNT_DECIMALS) {
      throw new ContractException(
          Reason.BAD_VALUE,
          root.path(AMOUNT),
          "must have at most " + MAX_AMOUNT_INTEGER_DIGITS + " digits before the point and " + MAX_AMOUNT_DECIMALS + " after it");
    }
    Currency code;
    try {
      code = Amount.currency(currency);
    } catch (IllegalArgumentException e) {
      throw root.badValue(CURRENCY, e);
    }
    Amount amount;
    try {
      amount = new Amount(value, code);
    } catch (IllegalArgumentException e) {
      throw root.badValue(AMOUNT, e);
    }
    b.amount(amount);
  }

  /**
   * Refuses a PIN, CVV or track-data field anywhere in {@code json}, and nesting deeper than
   * {@value #MAX_DEPTH} levels: depth first, in the order written, so the first such field is the
   * one reported. Its path is built only for the report.
   */
  static void refuseSecrets(JsonNode json) {
    refuseSecrets(json, null, 0);
  }

  private static void refuseSecrets(JsonNode node, @Nullable Step at, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ContractException(Reason.MALFORMED, Step.path(at, null), "nested deeper than " + MAX_DEPTH + " levels");
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String name = e.getKey();
        if (!SAFE_NAMES.contains(name) && SecretFieldNames.isSecret(name)) {
          throw new ContractException(
              Reason.REFUSED_FIELD, Step.path(at, safeName(name)),
              "posdx never accepts PIN, CVV or track data; remove the field (its value was not read)");
        }
        // A value that is neither object nor array has nothing below it to refuse, unless too deep.
        if (e.getValue().isContainerNode() || depth >= MAX_DEPTH) {
          refuseSecrets(e.getValue(), new Step(at, name, -1), depth + 1);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode() || depth >= MAX_DEPTH) {
          refuseSecrets(node.get(i), new Step(at, null, i), depth + 1);
        }
      }
    }
  }

  /** One level of the way down to a value: a field's name, or an index in a list. */
  private record Step(@Nullable Step up, @Nullable String name, int index) {
    // The path from the root to below {@code at}, then {@code last} when there is one.
    static List<String> path(@Nullable Step at, @Nullable String last) {
      ArrayList<String> path = new ArrayList<>();
      if (last != null) {
        path.add(last);
      }
      for (Step s = at; s != null; s = s.up) {
        path.add(s.name != null ? safeName(s.name) : Integer.toString(s.index));
      }
      Collections.reverse(path);
      return path;
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

  /** {@return the names of the contract's fields, for tools and documentation} */
  public static Set<String> fieldNames() {
    Set<String> names = new LinkedHashSet<>(ROOT.names());
    for (String f : TERMINAL_FIELDS.names()) {
      names.add("terminal." + f);
    }
    for (String f : MERCHANT_FIELDS.names()) {
      names.add("merchant." + f);
    }
    return Collections.unmodifiableSet(names);
  }

  private static Set<String> safeNames() {
    Set<String> safe = new HashSet<>();
    for (ContractFields.Table table : List.of(ROOT, TERMINAL_FIELDS, MERCHANT_FIELDS)) {
      for (String name : table.names()) {
        if (!SecretFieldNames.isSecret(name)) {
          safe.add(name);
        }
      }
    }
    return Collections.unmodifiableSet(safe);
  }
}
