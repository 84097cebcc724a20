package dev.posdx.rules.internal;

import static dev.posdx.rules.internal.PackFormat.EXAMPLE_FIELDS;
import static dev.posdx.rules.internal.PackFormat.PACK_FIELDS;
import static dev.posdx.rules.internal.PackFormat.RETRY_LIMIT_FIELDS;
import static dev.posdx.rules.internal.PackFormat.RULE_FIELDS;
import static dev.posdx.rules.internal.PackFormat.SCHEMA_VERSION;
import static dev.posdx.rules.internal.PackFormat.SOURCE_FIELDS;
import static dev.posdx.rules.internal.PackFormat.THEN_FIELDS;
import static dev.posdx.rules.internal.PackFormat.WHEN_FIELDS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.RetryDecision;
import dev.posdx.core.outcome.HostReply;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Conclusion;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackException.Reason;
import dev.posdx.rules.contract.ContractException;
import dev.posdx.rules.contract.OutcomeJson;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns one parsed pack document into a core {@link RulePack}, checking every field against the
 * format (PACK_FORMAT.md) and collecting every problem it can before it gives up: the pack, its
 * sources, retry limits, rules and examples here, a rule's {@code when} in {@link WhenDecoder}, its
 * {@code then} in {@link ThenDecoder}. Not thread-safe: one decoder reads one document once.
 */
public final class PackDecoder {

  // The same shapes the core checks, so that a bad id is reported at its own field.
  private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

  private final int maxRules;
  private final PackProblems problems;
  private final PackValues values;
  private final WhenDecoder when;
  private final ThenDecoder then;

  /**
   * @param catalog the cause catalog rules are held to
   * @param catalogName the catalog's resource, for messages
   */
  public PackDecoder(PackDocument document, int maxRules, CauseCatalog catalog, String catalogName) {
    this.maxRules = maxRules;
    this.problems = new PackProblems(document);
    this.values = new PackValues(problems);
    this.when = new WhenDecoder(problems, values);
    this.then = new ThenDecoder(problems, values, catalog, catalogName);
  }

  /** The pack, or a {@link RulePackException} with every problem found. */
  public RulePack decode() {
    @Nullable RulePack pack = null;
    try {
      pack = pack(problems.document().root());
    } catch (PackProblems.Abandon | PackProblems.Stop e) {
      // Problems are recorded; reported below.
    }
    if (problems.count() > 0 || pack == null) {
      throw problems.exception();
    }
    return pack;
  }

  // ---------------------------------------------------------------- pack

  private @Nullable RulePack pack(JsonNode root) {
    if (!root.isObject()) {
      throw problems.fail(Reason.MALFORMED, List.of(),
          "a pack must be an object with schemaVersion, id, version, scope, sources and rules, got " + OutcomeTrees.kind(root));
    }
    schemaVersion(root);
    JsonFields pack = problems.fields(root, List.of(), PACK_FIELDS);
    String id = problems.attempt(() -> {
      String v = pack.requiredText("id");
      if (!PACK_ID.matcher(v).matches()) {
        throw problems.fail(Reason.BAD_VALUE, pack.path("id"),
            "pack id must be 1-64 lower-case letters, digits, '.', '_' or '-', such as unionpay, got " + Redaction.quoteData(v));
      }
      return v;
    });
    String version = problems.attempt(() -> {
      String v = pack.requiredText("version");
      if (v.isBlank()) {
        throw problems.fail(Reason.BAD_VALUE, pack.path("version"), "must not be blank");
      }
      return v;
    });
    Scope scope = problems.attempt(() -> pack.requiredEnum("scope", Scope.class));
    List<PackSource> sources = problems.attempt(() -> sources(pack));
    problems.attempt(() -> pack.text("notes"));
    Optional<LocalDate> validUntil = problems.attempt(() -> values.optionalDate(pack, "validUntil"));
    List<RetryLimit> retryLimits = problems.attempt(() -> retryLimits(pack));
    List<Rule> rules = problems.attempt(() -> rules(pack));
    if (id == null || version == null || scope == null || sources == null || retryLimits == null || rules == null || validUntil == null
        || problems.count() > 0) {
      return null;
    }
    return pack.convertAt(List.of(), "", () -> RulePack.builder(id, version, scope, problems.document().resource())
        .sources(sources)
        .rules(rules)
        .retryLimits(retryLimits)
        .validUntil(validUntil)
        .build());
  }

  private void schemaVersion(JsonNode pack) {
    JsonNode v = pack.get("schemaVersion");
    if (v == null || v.isNull()) {
      problems.problem(Reason.MISSING_FIELD, "/schemaVersion", "schemaVersion is required (this loader reads " + SCHEMA_VERSION + ")");
      return;
    }
    if (!v.isIntegralNumber()) {
      problems.problem(Reason.BAD_VALUE, "/schemaVersion",
          "schemaVersion must be a whole number such as " + SCHEMA_VERSION + ", got " + OutcomeTrees.kind(v));
      return;
    }
    if (!v.canConvertToInt() || v.intValue() != SCHEMA_VERSION) {
      problems.problem(
          Reason.UNSUPPORTED_SCHEMA_VERSION,
          "/schemaVersion",
          "schemaVersion " + Redaction.quoteData(v.asText()) + " is not supported; this loader reads " + SCHEMA_VERSION);
      // Other fields may mean something else in another schema: reading on would mislead.
      throw new PackProblems.Stop();
    }
  }

  private List<PackSource> sources(JsonFields pack) {
    JsonNode list = pack.requiredList("sources");
    if (list.isEmpty()) {
      throw problems.fail(Reason.MISSING_FIELD, pack.path("sources"), "a pack must cite at least one source document");
    }
    return problems.each(list, pack.path("sources"), this::source);
  }

  private PackSource source(JsonNode node, List<String> at) {
    JsonFields source = problems.fields(node, at, SOURCE_FIELDS);
    String document = problems.attempt(() -> source.requiredText("document"));
    String edition = problems.attempt(() -> values.requiredTextOrInteger(source, "edition"));
    if (document == null || edition == null) {
      throw new PackProblems.Abandon();
    }
    return source.convertAt(at, "", () -> new PackSource(document, edition));
  }

  private List<RetryLimit> retryLimits(JsonFields pack) {
    Optional<JsonNode> list = pack.list("retryLimits");
    if (list.isEmpty()) {
      return List.of();
    }
    return problems.each(list.get(), pack.path("retryLimits"), (node, at) -> {
      JsonFields o = problems.fields(node, at, RETRY_LIMIT_FIELDS);
      Network network = problems.attempt(() -> o.requiredEnum("network", Network.class));
      // Every try, the first included (maxAttempts), or "up to N reattempts" after the first (maxReattempts: N + 1 tries).
      Integer max = problems.attempt(() -> {
        Optional<Long> attempts = values.integer(o, "maxAttempts", 1, Integer.MAX_VALUE);
        Optional<Long> reattempts = values.integer(o, "maxReattempts", 0, Integer.MAX_VALUE - 1);
        if (attempts.isPresent() == reattempts.isPresent()) {
          throw problems.fail(Reason.BAD_VALUE, at,
              "a retry limit gives exactly one of maxAttempts (every try, the first included) and maxReattempts (tries after the first)");
        }
        return attempts.isPresent() ? attempts.get().intValue() : reattempts.get().intValue() + 1;
      });
      Duration window = problems.attempt(() -> values.duration(o, "window", true));
      PackSource source = problems.attempt(() -> source(o.required("source"), o.path("source")));
      if (network == null || max == null || window == null || source == null) {
        throw new PackProblems.Abandon();
      }
      return o.convertAt(at, "", () -> new RetryLimit(network, max, window, source));
    });
  }

  // ---------------------------------------------------------------- rules

  private List<Rule> rules(JsonFields pack) {
    JsonNode list = pack.requiredList("rules");
    if (list.size() > maxRules) {
      problems.problem(Reason.LIMIT_EXCEEDED, "/rules", "a pack holds at most " + maxRules + " rules, this one " + list.size());
      throw new PackProblems.Stop();
    }
    Map<String, Integer> ids = new HashMap<>();
    return problems.each(list, pack.path("rules"), (node, at) -> rule(node, at, ids));
  }

  private Rule rule(JsonNode node, List<String> at, Map<String, Integer> ids) {
    int index = Integer.parseInt(at.get(at.size() - 1));
    JsonFields rule = problems.fields(node, at, RULE_FIELDS);
    String id = problems.attempt(() -> {
      String v = rule.requiredText("id");
      if (!RULE_ID.matcher(v).matches()) {
        throw problems.fail(Reason.BAD_VALUE, rule.path("id"), "rule id must be 1-80 letters, digits, '.', '_' or '-', got " + Redaction.quoteData(v));
      }
      Integer earlier = ids.putIfAbsent(v, index);
      if (earlier != null) {
        var first = problems.document().locate("/rules/" + earlier + "/id");
        throw problems.fail(
            Reason.DUPLICATE_RULE_ID,
            rule.path("id"),
            "rule id " + v + " is already used by /rules/" + earlier + (first.line() > 0 ? " (line " + first.line() + ")" : ""));
      }
      return v;
    });
    problems.attempt(() -> rule.text("notes"));
    List<Matcher> matchers = problems.attempt(() -> when.when(rule.requiredObject("when", WHEN_FIELDS)));
    Conclusion conclusion = problems.attempt(() -> then.then(rule.requiredObject("then", THEN_FIELDS)));
    List<RuleExample> examples = problems.attempt(() -> examples(rule));
    if (id == null || matchers == null || conclusion == null || examples == null) {
      throw new PackProblems.Abandon();
    }
    sentNoReplyInvariant(rule, matchers, conclusion);
    return rule.convertAt(at, "", () -> new Rule(id, matchers, conclusion, examples));
  }

  private List<RuleExample> examples(JsonFields rule) {
    Optional<JsonNode> list = rule.list("examples");
    if (list.isEmpty() || list.get().isEmpty()) {
      throw problems.fail(Reason.MISSING_EXAMPLE, rule.path("examples"),
          "every rule needs at least one example: {given: {network: ..., responseCode: ...}, expect: <cause>}");
    }
    return problems.each(list.get(), rule.path("examples"), (node, at) -> {
      JsonFields o = problems.fields(node, at, EXAMPLE_FIELDS);
      TransactionOutcome given = problems.attempt(() -> given(o));
      Cause expect = problems.attempt(() -> o.convert("expect", o.requiredText("expect"), Cause::of));
      if (given == null || expect == null) {
        throw new PackProblems.Abandon();
      }
      return new RuleExample(given, expect);
    });
  }

  private TransactionOutcome given(JsonFields example) {
    JsonNode given = example.required("given");
    try {
      return OutcomeTrees.read(OutcomeJson.strict(), given);
    } catch (ContractException e) {
      // The contract's reasons that the pack format has too keep their name; the rest are bad values.
      Reason reason =
          switch (e.reason()) {
            case UNKNOWN_FIELD, UNKNOWN_ENUM_VALUE, MISSING_FIELD -> Reason.valueOf(e.reason().name());
            default -> Reason.BAD_VALUE;
          };
      throw problems.fail(reason, JsonFields.below(example.path("given"), e.path().toArray(String[]::new)), e.problem());
    }
  }

  /** A rule that answers for a request sent without reply must reconcile first (issue 8, item 2). */
  private void sentNoReplyInvariant(JsonFields rule, List<Matcher> when, Conclusion then) {
    boolean noCode = when.stream().anyMatch(m -> m instanceof Matcher.ResponseCodePresent p && !p.present());
    boolean onlyTimeout = when.stream().anyMatch(m -> m instanceof Matcher.HostReplyIn h && h.replies().equals(Set.of(HostReply.TIMEOUT)));
    if (noCode && onlyTimeout && !then.supplementary() && then.retry().decision() != RetryDecision.RECONCILE_FIRST) {
      throw problems.fail(Reason.BREAKS_INVARIANT, rule.path("then"),
          "the rule matches a request sent without reply (host TIMEOUT, no code): its advice must be RECONCILE_FIRST, not "
              + then.retry().decision());
    }
  }
}
