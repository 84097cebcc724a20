package dev.posdx.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.RetryChange;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.outcome.Amount;
import dev.posdx.core.outcome.CountryCode;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.KernelOutcome;
import dev.posdx.core.outcome.KeyStatus;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantAdviceCode;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PrinterStatus;
import dev.posdx.core.outcome.ReaderStatus;
import dev.posdx.core.outcome.ResponseCode;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.outcome.Tvr;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.CauseDefinition;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.RulePackException.Reason;
import dev.posdx.rules.contract.ContractException;
import dev.posdx.rules.contract.OutcomeJson;
import dev.posdx.rules.internal.OutcomeTrees;
import dev.posdx.rules.internal.Redaction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns one parsed pack document into a core {@link RulePack}, checking every field against the
 * format (PACK_FORMAT.md) and collecting every problem it can before it gives up. Not
 * thread-safe: one decoder reads one document once.
 */
final class PackDecoder {

  static final int SCHEMA_VERSION = 1;

  /** After this many problems the rest of a pack is not worth reading. */
  private static final int MAX_PROBLEMS = 50;

  // The same shapes the core checks, so that a bad id is reported at its own field.
  private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

  static final List<String> PACK_FIELDS =
      List.of("schemaVersion", "id", "version", "scope", "sources", "notes", "validUntil", "retryLimits", "rules");
  static final List<String> SOURCE_FIELDS = List.of("document", "edition");
  static final List<String> RETRY_LIMIT_FIELDS = List.of("network", "maxAttempts", "maxReattempts", "window", "source");
  static final List<String> RULE_FIELDS = List.of("id", "notes", "when", "then", "examples");
  static final List<String> WHEN_FIELDS =
      List.of(
          "network", "responseCode", "responseCodePresent", "merchantAdviceCode", "transactionType",
          "entryMode", "cardExpired", "issuerCountry", "crossBorder", "currency", "currencyMismatch",
          "attemptAtLeast", "terminal", "merchant", "time");
  static final List<String> WHEN_TERMINAL_FIELDS =
      List.of(
          "reader", "link", "host", "keys", "kernelOutcome", "printer", "tvrAnyBit", "inputTimedOut",
          "latencyAtLeastMs", "clockSkewAtLeastSeconds");
  static final List<String> WHEN_MERCHANT_FIELDS =
      List.of("acquirer", "chainId", "storeId", "originalStoreDiffers", "country");
  static final List<String> WHEN_TIME_FIELDS = List.of("localTimeBetween", "daysOfWeek", "dates", "onOrAfter", "before");
  static final List<String> TIME_WINDOW_FIELDS = List.of("from", "to");
  static final List<String> DATE_RANGE_FIELDS = List.of("from", "to", "label");
  static final List<String> THEN_FIELDS =
      List.of(
          "cause", "category", "confidence", "retry", "contactIssuer", "steps", "withheldFrom",
          "supplementary", "networkDisplay");
  static final List<String> RETRY_FIELDS = List.of("decision", "after", "change");
  static final List<String> EXAMPLE_FIELDS = List.of("given", "expect");

  /** Thrown after a problem is recorded, to abandon the part being read. */
  private static final class Abandon extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandon() {
      super(null, null, false, false);
    }
  }

  /** Thrown when reading further is pointless: an unsupported schema or too many problems. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final PackDocument document;
  private final RulePackReader.Limits limits;
  private final List<Problem> problems = new ArrayList<>();
  private final CauseCatalog catalog;

  PackDecoder(PackDocument document, RulePackReader.Limits limits) {
    this.document = document;
    this.limits = limits;
    this.catalog = CauseCatalogReader.builtIn();
  }

  /** The pack, or a {@link RulePackException} with every problem found. */
  RulePack decode() {
    @Nullable RulePack pack = null;
    try {
      pack = pack(document.root());
    } catch (Abandon | Stop e) {
      // Problems are recorded; reported below.
    }
    if (!problems.isEmpty() || pack == null) {
      if (problems.isEmpty()) {
        problem(Reason.MALFORMED, "", "the pack could not be read");
      }
      throw new RulePackException(problems);
    }
    return pack;
  }

  // ---------------------------------------------------------------- pack

  private @Nullable RulePack pack(JsonNode root) {
    if (!root.isObject()) {
      throw fail(Reason.MALFORMED, "", "a pack must be an object with schemaVersion, id, version, scope, sources and rules, got " + OutcomeTrees.kind(root));
    }
    schemaVersion(root);
    Obj pack = new Obj(root, "", PACK_FIELDS);
    String id = attempt(() -> {
      String v = pack.requiredText("id");
      if (!PACK_ID.matcher(v).matches()) {
        throw fail(Reason.BAD_VALUE, pack.at("id"), "pack id must be 1-64 lower-case letters, digits, '.', '_' or '-', such as unionpay, got " + Redaction.quoteData(v));
      }
      return v;
    });
    String version = attempt(() -> {
      String v = pack.requiredText("version");
      if (v.isBlank()) {
        throw fail(Reason.BAD_VALUE, pack.at("version"), "must not be blank");
      }
      return v;
    });
    Scope scope = attempt(() -> pack.requiredEnum("scope", Scope.class));
    List<PackSource> sources = attempt(() -> sources(pack));
    attempt(() -> pack.text("notes"));
    Optional<LocalDate> validUntil = attempt(() -> pack.text("validUntil").isPresent() ? Optional.of(pack.date("validUntil")) : Optional.<LocalDate>empty());
    List<RetryLimit> retryLimits = attempt(() -> retryLimits(pack));
    List<Rule> rules = attempt(() -> rules(pack));
    if (id == null || version == null || scope == null || sources == null || retryLimits == null || rules == null || validUntil == null || !problems.isEmpty()) {
      return null;
    }
    try {
      return RulePack.builder(id, version, scope, document.resource())
          .sources(sources)
          .rules(rules)
          .retryLimits(retryLimits)
          .validUntil(validUntil)
          .build();
    } catch (IllegalArgumentException e) {
      throw fail(Reason.BAD_VALUE, "", coreMessage(e));
    }
  }

  private void schemaVersion(JsonNode pack) {
    JsonNode v = pack.get("schemaVersion");
    if (v == null || v.isNull()) {
      problem(Reason.MISSING_FIELD, "/schemaVersion", "schemaVersion is required (this loader reads " + SCHEMA_VERSION + ")");
      return;
    }
    if (!v.isIntegralNumber()) {
      problem(Reason.BAD_VALUE, "/schemaVersion", "schemaVersion must be a whole number such as " + SCHEMA_VERSION + ", got " + OutcomeTrees.kind(v));
      return;
    }
    if (!v.canConvertToInt() || v.intValue() != SCHEMA_VERSION) {
      problem(
          Reason.UNSUPPORTED_SCHEMA_VERSION,
          "/schemaVersion",
          "schemaVersion " + Redaction.quoteData(v.asText()) + " is not supported; this loader reads " + SCHEMA_VERSION);
      // Other fields may mean something else in another schema: reading on would mislead.
      throw new Stop();
    }
  }

  private List<PackSource> sources(Obj pack) {
    JsonNode list = pack.requiredList("sources");
    if (list.isEmpty()) {
      throw fail(Reason.MISSING_FIELD, pack.at("sources"), "a pack must cite at least one source document");
    }
    List<PackSource> sources = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      int index = i;
      PackSource s = attempt(() -> source(list.get(index), pack.at("sources") + "/" + index));
      ok &= s != null;
      if (s != null) {
        sources.add(s);
      }
    }
    if (!ok) {
      throw new Abandon();
    }
    return sources;
  }

  private PackSource source(JsonNode node, String at) {
    Obj source = object(node, at, SOURCE_FIELDS);
    String document = attempt(() -> source.requiredText("document"));
    String edition = attempt(() -> source.requiredTextOrInteger("edition"));
    if (document == null || edition == null) {
      throw new Abandon();
    }
    return source.convert("", () -> new PackSource(document, edition));
  }

  private List<RetryLimit> retryLimits(Obj pack) {
    JsonNode list = pack.list("retryLimits");
    if (list == null) {
      return List.of();
    }
    List<RetryLimit> limits = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      String at = pack.at("retryLimits") + "/" + i;
      JsonNode node = list.get(i);
      RetryLimit limit = attempt(() -> {
        Obj o = object(node, at, RETRY_LIMIT_FIELDS);
        Network network = attempt(() -> o.requiredEnum("network", Network.class));
        // Every try, the first included (maxAttempts), or "up to N reattempts" after the first (maxReattempts: N + 1 tries).
        Integer max = attempt(() -> {
          Optional<Long> attempts = o.integer("maxAttempts", 1, Integer.MAX_VALUE);
          Optional<Long> reattempts = o.integer("maxReattempts", 0, Integer.MAX_VALUE - 1);
          if (attempts.isPresent() == reattempts.isPresent()) {
            throw fail(Reason.BAD_VALUE, at, "a retry limit gives exactly one of maxAttempts (every try, the first included) and maxReattempts (tries after the first)");
          }
          return attempts.isPresent() ? attempts.get().intValue() : reattempts.get().intValue() + 1;
        });
        Duration window = attempt(() -> duration(o, "window", true));
        PackSource source = attempt(() -> source(o.required("source"), o.at("source")));
        if (network == null || max == null || window == null || source == null) {
          throw new Abandon();
        }
        return o.convert("", () -> new RetryLimit(network, max, window, source));
      });
      ok &= limit != null;
      if (limit != null) {
        limits.add(limit);
      }
    }
    if (!ok) {
      throw new Abandon();
    }
    return limits;
  }

  // ---------------------------------------------------------------- rules

  private List<Rule> rules(Obj pack) {
    JsonNode list = pack.requiredList("rules");
    if (list.size() > limits.maxRules()) {
      problem(Reason.LIMIT_EXCEEDED, "/rules", "a pack holds at most " + limits.maxRules() + " rules, this one " + list.size());
      throw new Stop();
    }
    List<Rule> rules = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      int index = i;
      Rule rule = attempt(() -> rule(list.get(index), "/rules/" + index, ids, index));
      ok &= rule != null;
      if (rule != null) {
        rules.add(rule);
      }
    }
    if (!ok) {
      throw new Abandon();
    }
    return rules;
  }

  private Rule rule(JsonNode node, String at, Map<String, Integer> ids, int index) {
    Obj rule = object(node, at, RULE_FIELDS);
    String id = attempt(() -> {
      String v = rule.requiredText("id");
      if (!RULE_ID.matcher(v).matches()) {
        throw fail(Reason.BAD_VALUE, rule.at("id"), "rule id must be 1-80 letters, digits, '.', '_' or '-', got " + Redaction.quoteData(v));
      }
      Integer earlier = ids.putIfAbsent(v, index);
      if (earlier != null) {
        var first = document.locate("/rules/" + earlier + "/id");
        throw fail(
            Reason.DUPLICATE_RULE_ID,
            rule.at("id"),
            "rule id " + v + " is already used by /rules/" + earlier + (first.line() > 0 ? " (line " + first.line() + ")" : ""));
      }
      return v;
    });
    attempt(() -> rule.text("notes"));
    List<Matcher> when = attempt(() -> when(rule.requiredObject("when", WHEN_FIELDS)));
    Conclusion then = attempt(() -> then(rule.requiredObject("then", THEN_FIELDS)));
    List<RuleExample> examples = attempt(() -> examples(rule));
    if (id == null || when == null || then == null || examples == null) {
      throw new Abandon();
    }
    sentNoReplyInvariant(rule, when, then);
    return rule.convert("", () -> new Rule(id, when, then, examples));
  }

  private List<RuleExample> examples(Obj rule) {
    JsonNode list = rule.list("examples");
    if (list == null || list.isEmpty()) {
      throw fail(Reason.MISSING_EXAMPLE, rule.at("examples"), "every rule needs at least one example: {given: {network: ..., responseCode: ...}, expect: <cause>}");
    }
    List<RuleExample> examples = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      String at = rule.at("examples") + "/" + i;
      JsonNode node = list.get(i);
      RuleExample example = attempt(() -> {
        Obj o = object(node, at, EXAMPLE_FIELDS);
        TransactionOutcome given = attempt(() -> given(o));
        Cause expect = attempt(() -> o.convert("expect", o.requiredText("expect"), Cause::of));
        if (given == null || expect == null) {
          throw new Abandon();
        }
        return new RuleExample(given, expect);
      });
      ok &= example != null;
      if (example != null) {
        examples.add(example);
      }
    }
    if (!ok) {
      throw new Abandon();
    }
    return examples;
  }

  private TransactionOutcome given(Obj example) {
    JsonNode given = example.required("given");
    try {
      return OutcomeTrees.read(OutcomeJson.strict(), given);
    } catch (ContractException e) {
      Reason reason =
          switch (e.reason()) {
            case UNKNOWN_FIELD -> Reason.UNKNOWN_FIELD;
            case UNKNOWN_ENUM_VALUE -> Reason.UNKNOWN_ENUM_VALUE;
            case MISSING_FIELD -> Reason.MISSING_FIELD;
            default -> Reason.BAD_VALUE;
          };
      throw fail(reason, example.at("given") + e.pointer(), e.problem());
    }
  }

  // ---------------------------------------------------------------- when

  private List<Matcher> when(Obj when) {
    List<Matcher> matchers = new ArrayList<>();
    int failures = problems.size();
    add(matchers, () -> when.enumSet("network", Network.class).map(Matcher.NetworkIn::new));
    add(matchers, () -> when.set("responseCode", v -> when.code(v, ResponseCode::of)).map(Matcher.ResponseCodeIn::new));
    add(matchers, () -> when.bool("responseCodePresent").map(Matcher.ResponseCodePresent::new));
    add(matchers, () -> when.set("merchantAdviceCode", v -> when.code(v, MerchantAdviceCode::of)).map(Matcher.AdviceCodeIn::new));
    add(matchers, () -> when.enumSet("transactionType", TransactionType.class).map(Matcher.TransactionTypeIn::new));
    add(matchers, () -> when.enumSet("entryMode", EntryMode.class).map(Matcher.EntryModeIn::new));
    add(matchers, () -> when.bool("cardExpired").map(Matcher.CardExpired::new));
    add(matchers, () -> when.set("issuerCountry", v -> CountryCode.of(v)).map(Matcher.IssuerCountryIn::new));
    add(matchers, () -> when.bool("crossBorder").map(Matcher.CrossBorder::new));
    add(matchers, () -> when.set("currency", Amount::currency).map(Matcher.CurrencyIn::new));
    add(matchers, () -> when.bool("currencyMismatch").map(Matcher.CurrencyMismatch::new));
    add(matchers, () -> when.integer("attemptAtLeast", 1, Integer.MAX_VALUE).map(n -> new Matcher.AttemptAtLeast(n.intValue())));
    Obj terminal = attempt(() -> when.object("terminal", WHEN_TERMINAL_FIELDS));
    if (terminal != null) {
      int before = matchers.size();
      add(matchers, () -> terminal.enumSet("reader", ReaderStatus.class).map(Matcher.ReaderIn::new));
      add(matchers, () -> terminal.enumSet("link", LinkStatus.class).map(Matcher.LinkIn::new));
      add(matchers, () -> terminal.enumSet("host", HostReply.class).map(Matcher.HostReplyIn::new));
      add(matchers, () -> terminal.enumSet("keys", KeyStatus.class).map(Matcher.KeysIn::new));
      add(matchers, () -> terminal.enumSet("kernelOutcome", KernelOutcome.class).map(Matcher.KernelOutcomeIn::new));
      add(matchers, () -> terminal.enumSet("printer", PrinterStatus.class).map(Matcher.PrinterIn::new));
      add(matchers, () -> terminal.textValue("tvrAnyBit").map(v -> terminal.convert("tvrAnyBit", v, hex -> new Matcher.TvrAnySet(Tvr.ofHex(hex)))));
      add(matchers, () -> terminal.bool("inputTimedOut").map(Matcher.InputTimedOut::new));
      add(matchers, () -> terminal.integer("latencyAtLeastMs", 0, Long.MAX_VALUE).map(ms -> new Matcher.LatencyAtLeast(Duration.ofMillis(ms))));
      add(matchers, () -> terminal.integer("clockSkewAtLeastSeconds", 1, Long.MAX_VALUE).map(s -> new Matcher.ClockSkewAtLeast(Duration.ofSeconds(s))));
      terminal.requireSomething(matchers.size() > before);
    }
    Obj merchant = attempt(() -> when.object("merchant", WHEN_MERCHANT_FIELDS));
    if (merchant != null) {
      int before = matchers.size();
      add(matchers, () -> merchant.set("acquirer", v -> identifier(v, MerchantContext.Builder::acquirer)).map(Matcher.AcquirerIn::new));
      add(matchers, () -> merchant.set("chainId", v -> identifier(v, MerchantContext.Builder::chainId)).map(Matcher.ChainIn::new));
      add(matchers, () -> merchant.set("storeId", v -> identifier(v, MerchantContext.Builder::storeId)).map(Matcher.StoreIn::new));
      add(matchers, () -> merchant.bool("originalStoreDiffers").map(Matcher.OriginalStoreDiffers::new));
      add(matchers, () -> merchant.set("country", v -> CountryCode.of(v)).map(Matcher.MerchantCountryIn::new));
      merchant.requireSomething(matchers.size() > before);
    }
    Obj time = attempt(() -> when.object("time", WHEN_TIME_FIELDS));
    if (time != null) {
      int before = matchers.size();
      add(matchers, () -> time.objectValue("localTimeBetween", TIME_WINDOW_FIELDS).map(w -> {
        LocalTime from = w.time("from");
        LocalTime to = w.time("to");
        return w.convert("", () -> new Matcher.LocalTimeBetween(from, to));
      }));
      add(matchers, () -> time.enumSet("daysOfWeek", DayOfWeek.class).map(Matcher.DayOfWeekIn::new));
      add(matchers, () -> time.listValue("dates").map(list -> dates(time, list)));
      add(matchers, () -> time.optionalDate("onOrAfter").map(Matcher.DateOnOrAfter::new));
      add(matchers, () -> time.optionalDate("before").map(Matcher.DateBefore::new));
      time.requireSomething(matchers.size() > before);
    }
    if (problems.size() > failures) {
      throw new Abandon();
    }
    if (matchers.isEmpty()) {
      throw fail(Reason.MISSING_FIELD, when.at(""), "when needs at least one condition, such as responseCode: [\"05\"]; a rule without one would match every payment");
    }
    return matchers;
  }

  private Matcher dates(Obj time, JsonNode list) {
    if (list.isEmpty()) {
      throw fail(Reason.BAD_VALUE, time.at("dates"), "dates needs at least one {from, to, label}");
    }
    List<Matcher.DateRange> ranges = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.size(); i++) {
      String at = time.at("dates") + "/" + i;
      JsonNode node = list.get(i);
      Matcher.DateRange range = attempt(() -> {
        Obj r = object(node, at, DATE_RANGE_FIELDS);
        LocalDate from = attempt(() -> r.date("from"));
        LocalDate to = attempt(() -> r.date("to"));
        String label = attempt(() -> r.requiredText("label"));
        if (from == null || to == null || label == null) {
          throw new Abandon();
        }
        return r.convert("", () -> new Matcher.DateRange(from, to, label));
      });
      ok &= range != null;
      if (range != null) {
        ranges.add(range);
      }
    }
    if (!ok) {
      throw new Abandon();
    }
    return new Matcher.DateIn(ranges);
  }

  private static String identifier(String value, BiConsumer<MerchantContext.Builder, String> setter) {
    // The core's builder holds the one rule for merchant-side ids; reuse it to check.
    setter.accept(MerchantContext.builder(), value);
    return value;
  }

  private void add(List<Matcher> matchers, Supplier<Optional<? extends Matcher>> matcher) {
    Optional<? extends Matcher> m = attempt(matcher::get);
    if (m != null) {
      m.ifPresent(matchers::add);
    }
  }

  // ---------------------------------------------------------------- then

  private Conclusion then(Obj then) {
    int failures = problems.size();
    Cause cause = attempt(() -> then.convert("cause", then.requiredText("cause"), Cause::of));
    @Nullable CauseDefinition defined = cause == null ? null : catalog.definition(cause).orElse(null);
    Category category = attempt(() -> {
      Optional<Category> given = then.enumValue("category", Category.class);
      if (defined == null) {
        return given.orElseThrow(() -> fail(Reason.CONTRADICTS_CATALOG, then.at("cause"),
            "cause " + cause + " is not in the cause catalog (" + CauseCatalogReader.BUILT_IN + "): give its category"));
      }
      agree(then, "category", given, defined.category());
      return defined.category();
    });
    Confidence confidence = attempt(() -> then.enumValue("confidence", Confidence.class).orElse(Confidence.CERTAIN));
    RetryAdvice retry = attempt(() -> retry(then.requiredObject("retry", RETRY_FIELDS)));
    Boolean contactIssuer = attempt(() -> {
      Optional<Boolean> given = then.bool("contactIssuer");
      if (defined == null) {
        return given.orElse(false);
      }
      agree(then, "contactIssuer", given, defined.contactIssuer());
      return defined.contactIssuer();
    });
    List<Step> steps = attempt(() -> steps(then));
    Set<Audience> withheld = attempt(() -> {
      Optional<Set<Audience>> given = then.enumSet("withheldFrom", Audience.class);
      Set<Audience> audiences = given.orElse(defined == null ? Set.of() : defined.withheldFrom());
      if (audiences.contains(Audience.CASHIER) || audiences.contains(Audience.SUPPORT)) {
        throw fail(Reason.BAD_VALUE, then.at("withheldFrom"), "the cashier and support may always know the cause: withhold it from CARDHOLDER or MERCHANT only");
      }
      if (defined != null && given.isPresent() && !given.get().containsAll(defined.withheldFrom())) {
        throw fail(Reason.CONTRADICTS_CATALOG, then.at("withheldFrom"),
            "cause " + cause + " is withheld from " + defined.withheldFrom() + " in the cause catalog; the rule cannot disclose it");
      }
      return audiences;
    });
    Boolean supplementary = attempt(() -> {
      Optional<Boolean> given = then.bool("supplementary");
      if (defined != null && defined.adviceOnly()) {
        agree(then, "supplementary", given, true);
        return true;
      }
      return given.orElse(false);
    });
    Map<String, String> display = attempt(() -> networkDisplay(then));
    if (problems.size() > failures || cause == null || category == null || confidence == null || retry == null
        || contactIssuer == null || steps == null || withheld == null || supplementary == null || display == null) {
      throw new Abandon();
    }
    if (category == Category.RISK && retry.decision() != RetryDecision.NEVER) {
      throw fail(Reason.BREAKS_INVARIANT, then.at("retry"),
          "cause " + cause + " is RISK: it keeps NEVER and its procedure whatever else is true, not " + retry.decision());
    }
    if (category == Category.APPROVED && CauseDefinition.isRetry(retry.decision())) {
      throw fail(Reason.BREAKS_INVARIANT, then.at("retry"),
          "cause " + cause + " is an approval: it never advises presenting the card again (" + retry.decision() + ")");
    }
    return then.convert("", () -> Conclusion.builder(cause, category, confidence, retry)
        .contactIssuer(contactIssuer)
        .steps(steps)
        .withheldFrom(withheld)
        .supplementary(supplementary)
        .networkDisplay(display)
        .build());
  }

  // A rule may leave a catalog field out; if it gives one, it must say what the catalog says.
  private <T> void agree(Obj then, String field, Optional<T> given, T catalogValue) {
    if (given.isPresent() && !given.get().equals(catalogValue)) {
      throw fail(Reason.CONTRADICTS_CATALOG, then.at(field),
          field + " " + given.get() + " contradicts the cause catalog (" + CauseCatalogReader.BUILT_IN + "), which gives " + catalogValue
              + ": leave the field out or correct it");
    }
  }

  /** A rule that answers for a request sent without reply must reconcile first (issue 8, item 2). */
  private void sentNoReplyInvariant(Obj rule, List<Matcher> when, Conclusion then) {
    boolean noCode = when.stream().anyMatch(m -> m instanceof Matcher.ResponseCodePresent p && !p.present());
    boolean onlyTimeout = when.stream().anyMatch(m -> m instanceof Matcher.HostReplyIn h && h.replies().equals(Set.of(HostReply.TIMEOUT)));
    if (noCode && onlyTimeout && !then.supplementary() && then.retry().decision() != RetryDecision.RECONCILE_FIRST) {
      problem(Reason.BREAKS_INVARIANT, rule.at("then"),
          "the rule matches a request sent without reply (host TIMEOUT, no code): its advice must be RECONCILE_FIRST, not " + then.retry().decision());
      throw new Abandon();
    }
  }

  private RetryAdvice retry(Obj retry) {
    RetryDecision decision = retry.requiredEnum("decision", RetryDecision.class);
    Duration after = duration(retry, "after", false);
    RetryChange change = retry.enumValue("change", RetryChange.class).orElse(null);
    if (after != null && decision != RetryDecision.LATER) {
      throw fail(Reason.BAD_VALUE, retry.at("after"), "a wait ('after') goes only with decision LATER, not " + decision);
    }
    if (change != null && decision != RetryDecision.WITH_CHANGE) {
      throw fail(Reason.BAD_VALUE, retry.at("change"), "a change goes only with decision WITH_CHANGE, not " + decision);
    }
    if (change == null && decision == RetryDecision.WITH_CHANGE) {
      throw fail(Reason.MISSING_FIELD, retry.at("change"), "decision WITH_CHANGE needs a change, one of " + names(RetryChange.class));
    }
    return retry.convert("", () -> new RetryAdvice(decision, Optional.ofNullable(after), Optional.ofNullable(change)));
  }

  private List<Step> steps(Obj then) {
    Obj steps = attempt(() -> then.object("steps", List.of()));
    if (steps == null) {
      if (then.node("steps") != null) {
        throw new Abandon();
      }
      return List.of();
    }
    ImmutableList.Builder<Step> all = ImmutableList.builder();
    EnumSet<Audience> seen = EnumSet.noneOf(Audience.class);
    boolean ok = true;
    for (Iterator<String> names = steps.node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      Audience audience = attempt(() -> {
        Audience a = steps.enumName(name, Audience.class, "audience");
        if (!seen.add(a)) {
          throw fail(Reason.BAD_VALUE, steps.at(name), "steps for " + a + " are given twice");
        }
        return a;
      });
      List<Step> forAudience = audience == null ? null : attempt(() -> {
        JsonNode list = steps.requiredList(name);
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
          String at = steps.at(name) + "/" + i;
          String action = textElement(list.get(i), at, "a step action such as call-issuer");
          out.add(convertAt(at, () -> Step.of(audience, action)));
        }
        return out;
      });
      ok &= forAudience != null;
      if (forAudience != null) {
        all.addAll(forAudience);
      }
    }
    if (!ok) {
      throw new Abandon();
    }
    return all.build();
  }

  private Map<String, String> networkDisplay(Obj then) {
    Obj display = then.object("networkDisplay", List.of());
    if (display == null) {
      return Map.of();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (Iterator<String> names = display.node.fieldNames(); names.hasNext(); ) {
      String tag = names.next();
      try {
        Locale locale = new Locale.Builder().setLanguageTag(tag).build();
        if (locale.getLanguage().isEmpty()) {
          throw new IllformedLocaleException("no language");
        }
      } catch (IllformedLocaleException e) {
        throw fail(Reason.BAD_VALUE, display.at(tag), "networkDisplay keys are BCP 47 language tags such as zh-Hans, got " + Redaction.quoteData(tag));
      }
      String text = textElement(display.node.get(tag), display.at(tag), "the network's display text");
      if (text.isBlank()) {
        throw fail(Reason.BAD_VALUE, display.at(tag), "the display text must not be blank");
      }
      texts.put(tag, text);
    }
    return ImmutableMap.copyOf(texts);
  }

  // ---------------------------------------------------------------- values

  private @Nullable Duration duration(Obj o, String name, boolean required) {
    String v = required ? o.requiredText(name) : o.textValue(name).orElse(null);
    if (v == null) {
      return null;
    }
    Duration d;
    try {
      d = Duration.parse(v);
    } catch (DateTimeParseException e) {
      throw fail(Reason.BAD_VALUE, o.at(name), "must be an ISO 8601 duration in days, hours or minutes such as P30D, PT1H or PT15M, got " + Redaction.quoteData(v));
    }
    if (d.isNegative() || d.isZero()) {
      throw fail(Reason.BAD_VALUE, o.at(name), "must be positive, got " + Redaction.quoteData(v));
    }
    return d;
  }

  private String textElement(JsonNode node, String at, String what) {
    if (!node.isTextual()) {
      throw fail(Reason.BAD_VALUE, at, "must be a string (" + what + "), got " + OutcomeTrees.kind(node));
    }
    return node.textValue();
  }

  private <T> T convertAt(String at, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (IllegalArgumentException e) {
      throw fail(Reason.BAD_VALUE, at, coreMessage(e));
    }
  }

  private static String coreMessage(IllegalArgumentException e) {
    return Redaction.scrubCardNumbers(String.valueOf(e.getMessage()));
  }

  private Obj decoderObject(JsonNode node, String at, List<String> known) {
    return object(node, at, known);
  }

  private Obj object(JsonNode node, String at, List<String> known) {
    if (!node.isObject()) {
      throw fail(Reason.BAD_VALUE, at, "must be an object with " + String.join(", ", known) + ", got " + OutcomeTrees.kind(node));
    }
    return new Obj(node, at, known);
  }

  // ---------------------------------------------------------------- problems

  /** Runs one part; on a recorded problem returns null so the caller can go on with the next part. */
  private <T> @Nullable T attempt(Supplier<T> part) {
    try {
      return part.get();
    } catch (Abandon e) {
      return null;
    }
  }

  private void problem(Reason reason, String pointer, String message) {
    problems.add(new Problem(reason, document.locate(pointer), message));
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add(new Problem(reason, RulePackException.Location.of(document.resource(), ""), "too many problems; the rest of the pack was not read"));
      throw new Stop();
    }
  }

  private Abandon fail(Reason reason, String pointer, String message) {
    problem(reason, pointer, message);
    return new Abandon();
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** The fields of one object of the pack, read by name; problems are recorded with pointers. */
  private final class Obj {
    final JsonNode node;
    final String pointer;
    final List<String> known;

    Obj(JsonNode node, String pointer, List<String> known) {
      this.node = node;
      this.pointer = pointer;
      this.known = known;
      // Reported first, so that a misspelt field comes before the "missing" it causes.
      reportUnknown();
    }

    String at(String name) {
      return name.isEmpty() ? pointer : pointer + "/" + escape(name);
    }

    /** Records every field this object may not have; an empty {@code known} allows any name. */
    void reportUnknown() {
      if (known.isEmpty()) {
        return;
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          problem(Reason.UNKNOWN_FIELD, at(name), "unknown field " + Redaction.quoteData(name) + suggestion(name) + " (expected one of " + String.join(", ", known) + ")");
        }
      }
    }

    private String suggestion(String name) {
      String best = null;
      int bestDistance = 3;
      for (String k : known) {
        int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
        if (d < bestDistance) {
          best = k;
          bestDistance = d;
        }
      }
      return best == null ? "" : ", did you mean " + best + "?";
    }

    void requireSomething(boolean any) {
      if (!any && hasNoKnownField()) {
        problem(Reason.BAD_VALUE, pointer, "needs at least one condition (one of " + String.join(", ", known) + ")");
      }
    }

    private boolean hasNoKnownField() {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        if (known.contains(names.next())) {
          return false;
        }
      }
      return true;
    }

    @Nullable JsonNode node(String name) {
      JsonNode v = node.get(name);
      return v == null || v.isNull() ? null : v;
    }

    JsonNode required(String name) {
      JsonNode v = node(name);
      if (v == null) {
        throw fail(Reason.MISSING_FIELD, at(name), name + " is required");
      }
      return v;
    }

    String requiredText(String name) {
      JsonNode v = required(name);
      if (!v.isTextual()) {
        throw fail(Reason.BAD_VALUE, at(name), name + " must be a string, got " + OutcomeTrees.kind(v) + hint(v));
      }
      return v.textValue();
    }

    String requiredTextOrInteger(String name) {
      JsonNode v = required(name);
      if (v.isIntegralNumber()) {
        return v.asText();
      }
      return requiredText(name);
    }

    Optional<String> textValue(String name) {
      return node(name) == null ? Optional.empty() : Optional.of(requiredText(name));
    }

    Optional<String> text(String name) {
      return textValue(name);
    }

    Optional<Boolean> bool(String name) {
      JsonNode v = node(name);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isBoolean()) {
        throw fail(Reason.BAD_VALUE, at(name), name + " must be true or false, got " + OutcomeTrees.kind(v));
      }
      return Optional.of(v.booleanValue());
    }

    Optional<Long> integer(String name, long min, long max) {
      JsonNode v = node(name);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        throw fail(Reason.BAD_VALUE, at(name), name + " must be a whole number, got " + OutcomeTrees.kind(v));
      }
      long n = v.longValue();
      if (n < min || n > max) {
        throw fail(Reason.BAD_VALUE, at(name), name + " must be " + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "at least " + min : "in " + min + ".." + max) + ", got " + Redaction.quoteData(Long.toString(n)));
      }
      return Optional.of(n);
    }

    int requiredInt(String name, int min, int max) {
      required(name);
      return integer(name, min, max).orElseThrow().intValue();
    }

    JsonNode requiredList(String name) {
      JsonNode v = required(name);
      if (!v.isArray()) {
        throw fail(Reason.BAD_VALUE, at(name), name + " must be a list, got " + OutcomeTrees.kind(v));
      }
      return v;
    }

    @Nullable JsonNode list(String name) {
      return node(name) == null ? null : requiredList(name);
    }

    Optional<JsonNode> listValue(String name) {
      return Optional.ofNullable(list(name));
    }

    Obj requiredObject(String name, List<String> fields) {
      return decoderObject(required(name), at(name), fields);
    }

    @Nullable Obj object(String name, List<String> fields) {
      JsonNode v = node(name);
      return v == null ? null : decoderObject(v, at(name), fields);
    }

    Optional<Obj> objectValue(String name, List<String> fields) {
      return Optional.ofNullable(object(name, fields));
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
      required(name);
      return enumValue(name, type).orElseThrow();
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
      JsonNode v = node(name);
      if (v == null) {
        return Optional.empty();
      }
      return Optional.of(enumOf(v, at(name), name, type));
    }

    /** An object key that must name an enum constant, such as an audience under steps. */
    <E extends Enum<E>> E enumName(String key, Class<E> type, String what) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(key)) {
          return constant;
        }
      }
      throw fail(Reason.UNKNOWN_ENUM_VALUE, at(key), "unknown " + what + " " + Redaction.quoteData(key) + " (expected one of " + names(type) + ")");
    }

    <E extends Enum<E>> Optional<Set<E>> enumSet(String name, Class<E> type) {
      JsonNode list = list(name);
      if (list == null) {
        return Optional.empty();
      }
      if (list.isEmpty()) {
        throw fail(Reason.BAD_VALUE, at(name), name + " needs at least one value, one of " + names(type));
      }
      EnumSet<E> values = EnumSet.noneOf(type);
      boolean ok = true;
      for (int i = 0; i < list.size(); i++) {
        String at = at(name) + "/" + i;
        JsonNode element = list.get(i);
        E value = attempt(() -> enumOf(element, at, name, type));
        ok &= value != null;
        if (value != null) {
          values.add(value);
        }
      }
      if (!ok) {
        throw new Abandon();
      }
      return Optional.of(values);
    }

    private <E extends Enum<E>> E enumOf(JsonNode v, String at, String name, Class<E> type) {
      if (!v.isTextual()) {
        throw fail(Reason.BAD_VALUE, at, name + " must be a name, one of " + names(type) + ", got " + OutcomeTrees.kind(v));
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(v.textValue())) {
          return constant;
        }
      }
      throw fail(Reason.UNKNOWN_ENUM_VALUE, at, "unknown " + name + " " + Redaction.quoteData(v.textValue()) + " (expected one of " + names(type) + ")");
    }

    /** A list of strings, each converted by a core factory whose errors are reported at the element. */
    <T> Optional<Set<T>> set(String name, Function<String, T> conversion) {
      JsonNode list = list(name);
      if (list == null) {
        return Optional.empty();
      }
      if (list.isEmpty()) {
        throw fail(Reason.BAD_VALUE, at(name), name + " needs at least one value");
      }
      Set<T> values = new LinkedHashSet<>();
      boolean ok = true;
      for (int i = 0; i < list.size(); i++) {
        String at = at(name) + "/" + i;
        JsonNode element = list.get(i);
        T value = attempt(() -> {
          if (!element.isTextual()) {
            throw fail(Reason.BAD_VALUE, at, name + " values must be strings, got " + OutcomeTrees.kind(element) + hint(element));
          }
          return convertAt(at, () -> conversion.apply(element.textValue()));
        });
        ok &= value != null;
        if (value != null) {
          values.add(value);
        }
      }
      if (!ok) {
        throw new Abandon();
      }
      return Optional.of(values);
    }

    <T> T code(String value, Function<String, T> factory) {
      return factory.apply(value);
    }

    LocalTime time(String name) {
      String v = requiredText(name);
      try {
        return LocalTime.parse(v);
      } catch (DateTimeParseException e) {
        throw fail(Reason.BAD_VALUE, at(name), name + " must be a time of day such as \"11:30\", got " + Redaction.quoteData(v));
      }
    }

    Optional<LocalDate> optionalDate(String name) {
      return node(name) == null ? Optional.empty() : Optional.of(date(name));
    }

    LocalDate date(String name) {
      String v = requiredText(name);
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw fail(Reason.BAD_VALUE, at(name), name + " must be a date such as 2026-02-15, got " + Redaction.quoteData(v));
      }
    }

    <T, R> R convert(String name, T value, Function<? super T, R> conversion) {
      return convertAt(at(name), () -> conversion.apply(value));
    }

    <R> R convert(String name, Supplier<R> construction) {
      return convertAt(at(name), construction);
    }

    private String hint(JsonNode v) {
      return v.isNumber() ? " (quote codes, versions and times: YAML reads 05 as 5 and 1.10 as 1.1)" : "";
    }
  }

  /** Levenshtein distance, for "did you mean" on short field names. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
