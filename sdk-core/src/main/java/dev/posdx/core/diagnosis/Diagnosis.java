package dev.posdx.core.diagnosis;

import dev.posdx.core.internal.DiagnosisAssembly;
import dev.posdx.core.internal.Frozen;
import dev.posdx.core.internal.ValueText;
import dev.posdx.core.internal.Verdict;
import dev.posdx.core.outcome.CardNumbers;
import dev.posdx.core.outcome.TransactionOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a payment and what each person at the counter should do now: the primary
 * cause and its category, every finding ranked, retry advice, whether to contact the issuer and
 * what to have ready, steps per audience, what each audience may be told, and the trace of the
 * rules behind it. The raw outcome is kept. Immutable and thread-safe.
 *
 * <p>Steps carry message keys and {@linkplain #arguments() named arguments}; rendering text is
 * the i18n module's job.
 *
 * @since 0.1
 */
public final class Diagnosis {

  private static final List<Step> UNKNOWN_STEPS =
      Frozen.listOf(
          Step.of(Audience.CASHIER, "record-details"),
          Step.of(Audience.CARDHOLDER, "try-another-payment"),
          Step.of(Audience.MERCHANT, "contact-acquirer"),
          Step.of(Audience.SUPPORT, "report-unknown-code"));

  private static final Verdict UNKNOWN =
      new Verdict(
          Cause.UNKNOWN, Category.UNKNOWN, Frozen.emptyList(), RetryAdvice.later(), false, UNKNOWN_STEPS,
          Set.of(), Frozen.emptyMap(), null);

  static {
    // The engine's way in: users get diagnoses from Diagnoser and never build one.
    DiagnosisAssembly.register(
        new DiagnosisAssembly.Assembler() {
          @Override
          public Diagnosis assemble(
              TransactionOutcome outcome, Cause cause, Category category, List<Finding> findings, RetryAdvice retry,
              boolean contactIssuer, Optional<Issuer> issuer, List<Step> steps, Set<Audience> withheldFrom,
              Map<String, String> networkDisplay, @Nullable List<FindingRole> roles) {
            return new Diagnosis(
                outcome, new Verdict(cause, category, findings, retry, contactIssuer, steps, withheldFrom, networkDisplay, roles), issuer);
          }

          @Override
          public Diagnosis of(TransactionOutcome outcome, Verdict verdict, Optional<Issuer> issuer) {
            return new Diagnosis(outcome, verdict, issuer);
          }

          @Override
          public Verdict verdict(Diagnosis diagnosis) {
            return diagnosis.verdict;
          }
        });
  }

  private final TransactionOutcome outcome;
  // What the matched rules always conclude: shared by every diagnosis of the same rule set.
  private final Verdict verdict;
  private final Optional<Issuer> issuer;
  private final List<StalePack> stalePacks;
  // Filled on first use: most diagnoses in a batch are never rendered, and the rest are rendered often.
  private volatile @Nullable Map<String, String> arguments;
  private volatile @Nullable List<Step> filledSteps;

  private Diagnosis(TransactionOutcome outcome, Verdict verdict, Optional<Issuer> issuer) {
    this(outcome, verdict, issuer, Frozen.<StalePack>emptyList());
  }

  // Every diagnosis is built here, most with no stale pack: nothing to copy on the diagnose path.
  // stalePacks is an unmodifiable copy already.
  private Diagnosis(TransactionOutcome outcome, Verdict verdict, Optional<Issuer> issuer, List<StalePack> stalePacks) {
    this.outcome = outcome;
    this.verdict = verdict;
    this.issuer = issuer;
    this.stalePacks = stalePacks;
  }

  /**
   * This diagnosis, noting packs whose data ended before the payment's day and may miss a finding.
   *
   * @param stale the packs to note; replaces any noted before
   * @return a copy with those stale packs; this diagnosis is unchanged
   */
  public Diagnosis withStalePacks(List<StalePack> stale) {
    return new Diagnosis(outcome, verdict, issuer, Frozen.list(stale));
  }

  /**
   * Packs that would have applied but whose {@code validUntil} is before the payment's local date:
   * their findings (a holiday of a year they do not list) may be missing. Usually empty.
   *
   * @return the stale packs; empty when every applicable pack covers the payment's day
   */
  public List<StalePack> stalePacks() {
    return stalePacks;
  }

  /** {@return the steps of a diagnosis no rule explains, without arguments} */
  public static List<Step> unknownSteps() {
    return UNKNOWN_STEPS;
  }

  /**
   * The diagnosis when no rule matched: the raw outcome is kept for support.
   *
   * @param outcome the payment no rule explained
   * @return a diagnosis of {@link Cause#UNKNOWN} with no findings
   */
  public static Diagnosis unknown(TransactionOutcome outcome) {
    return new Diagnosis(outcome, UNKNOWN, Optional.empty());
  }

  /** {@return the payment as it was given to the engine} */
  public TransactionOutcome outcome() {
    return outcome;
  }

  /** {@return the primary cause: the first finding's, or {@link Cause#UNKNOWN}} */
  public Cause cause() {
    return verdict.cause();
  }

  /** {@return the primary cause's category; {@link Category#UNKNOWN} when nothing matched} */
  public Category category() {
    return verdict.category();
  }

  /** {@return every finding, most specific first} */
  public List<Finding> findings() {
    return verdict.findings();
  }

  /** {@return the primary finding; empty when nothing matched (an unmatched code past the cap has only the cap's finding)} */
  public Optional<Finding> primary() {
    List<Finding> findings = verdict.findings();
    List<FindingRole> roles = verdict.roles();
    if (findings.isEmpty() || (roles != null && roles.get(0).kind() != FindingRole.Kind.PRIMARY)) {
      return Optional.empty();
    }
    return Optional.of(findings.get(0));
  }

  /** {@return whether and when the payment may be tried again, after every retry limit applied} */
  public RetryAdvice retry() {
    return verdict.retry();
  }

  /** {@return whether the cardholder should contact the card's issuer} */
  public boolean contactIssuer() {
    return verdict.contactIssuer();
  }

  /** {@return the issuer as the directory knows it, when {@link #contactIssuer()} and the card is known} */
  public Optional<Issuer> issuer() {
    return issuer;
  }

  /** {@return what to have ready when contacting the issuer; empty when there is no need to} */
  public Optional<IssuerContact> issuerContact() {
    if (!verdict.contactIssuer()) {
      return Optional.empty();
    }
    return Optional.of(
        new IssuerContact(
            issuer,
            outcome.responseCode(),
            outcome.time(),
            outcome.merchant().merchantId(),
            outcome.merchant().terminalId(),
            outcome.pan(),
            outcome.amount()));
  }

  /** {@return every step, for every audience, each with the diagnosis's {@linkplain #arguments() arguments}} */
  public List<Step> steps() {
    List<Step> result = filledSteps;
    if (result == null) {
      Map<String, String> arguments = arguments();
      List<Step> steps = verdict.steps();
      List<Step> filled = new ArrayList<>(steps.size());
      for (Step step : steps) {
        filled.add(new Step(step.audience(), step.action(), step.messageKey(), arguments));
      }
      result = Frozen.list(filled);
      filledSteps = result;
    }
    return result;
  }

  /**
   * The steps for one audience, in order, with arguments filled.
   *
   * @param audience who will read the steps
   * @return the steps; empty when the diagnosis has none for that audience
   */
  public List<Step> steps(Audience audience) {
    List<Step> forAudience = new ArrayList<>();
    for (Step step : steps()) {
      if (step.audience() == audience) {
        forAudience.add(step);
      }
    }
    return Frozen.list(forAudience);
  }

  /**
   * Whether this audience may be told the real cause.
   *
   * @param audience who would be told
   * @return false when the cause is withheld from that audience
   */
  public boolean isDisclosedTo(Audience audience) {
    return !verdict.withheldFrom().contains(audience);
  }

  /**
   * The cause this audience may be told: the real one, or {@link Cause#DECLINED_UNDISCLOSED} for
   * an audience it is withheld from (a cardholder is never told of fraud or lost/stolen status).
   *
   * @param audience who will be told
   * @return the cause that audience may see
   */
  public Cause causeFor(Audience audience) {
    return isDisclosedTo(audience) ? verdict.cause() : Cause.DECLINED_UNDISCLOSED;
  }

  /**
   * The network's own recommended terminal text for the primary cause, by BCP 47 language tag
   * (UnionPay's specification gives one per code); empty when the network gives none.
   *
   * @return the text by language tag, such as {@code zh-CN}
   */
  public Map<String, String> networkDisplay() {
    return verdict.networkDisplay();
  }

  /**
   * Why each finding has its place, in the findings' order: the first is the primary, each other
   * one says why it is secondary (the cause that explains it, a modifier, an invariant).
   *
   * @return one role per finding; empty when nothing matched
   */
  public List<FindingRole> roles() {
    List<FindingRole> result = verdict.roles();
    if (result == null) {
      List<Finding> findings = verdict.findings();
      List<FindingRole> defaults = new ArrayList<>(findings.size());
      for (int i = 0; i < findings.size(); i++) {
        defaults.add(i == 0 ? FindingRole.PRIMARY : FindingRole.LESS_SPECIFIC);
      }
      result = Frozen.list(defaults);
    }
    return result;
  }

  /** {@return the rules behind the findings, in the findings' order} */
  public List<TraceEntry> trace() {
    List<Finding> findings = verdict.findings();
    List<TraceEntry> trace = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      trace.add(finding.source());
    }
    return Frozen.list(trace);
  }

  /**
   * The named values steps and messages may use: {@code code}, {@code network}, {@code amount},
   * {@code currency}, {@code after} (ISO 8601), {@code issuer}, {@code hotline}, {@code
   * terminalId}, {@code merchantId}, {@code panLast4}. Never more of a card number than its last
   * four digits.
   *
   * @return the values by name; a name is absent when the outcome does not know its value
   */
  public Map<String, String> arguments() {
    Map<String, String> result = arguments;
    if (result == null) {
      result = buildArguments();
      arguments = result;
    }
    return result;
  }

  // Optional.isPresent/get, not ifPresent: each lambda would be spun into a class on the first render.
  private Map<String, String> buildArguments() {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("network", outcome.network().name());
    if (outcome.responseCode().isPresent()) {
      args.put("code", outcome.responseCode().get().value());
    }
    if (outcome.amount().isPresent()) {
      args.put("amount", outcome.amount().get().value().toPlainString());
      args.put("currency", outcome.amount().get().currency().getCurrencyCode());
    }
    if (verdict.retry().after().isPresent()) {
      args.put("after", verdict.retry().after().get().toString());
    }
    if (issuer.isPresent()) {
      args.put("issuer", CardNumbers.redact(issuer.get().name()));
      if (issuer.get().hotline().isPresent()) {
        args.put("hotline", CardNumbers.redact(issuer.get().hotline().get()));
      }
    }
    // Ids are free text a card number can be pasted into: masked like one, even a real long id.
    if (outcome.merchant().terminalId().isPresent()) {
      args.put("terminalId", CardNumbers.redact(outcome.merchant().terminalId().get()));
    }
    if (outcome.merchant().merchantId().isPresent()) {
      args.put("merchantId", CardNumbers.redact(outcome.merchant().merchantId().get()));
    }
    if (outcome.pan().isPresent()) {
      args.put("panLast4", outcome.pan().get().last4());
    }
    return Collections.unmodifiableMap(args); // each name is put once, as ImmutableMap's builder required
  }

  @Override
  public String toString() {
    return CardNumbers.redact(ValueText.of(
        "Diagnosis",
        "cause", verdict.cause(),
        "category", verdict.category(),
        "retry", verdict.retry(),
        "contactIssuer", verdict.contactIssuer(),
        "findings", verdict.findings().size(),
        "outcome", outcome));
  }
}
