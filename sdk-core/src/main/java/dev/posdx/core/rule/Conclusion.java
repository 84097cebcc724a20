package dev.posdx.core.rule;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.internal.Frozen;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a rule concludes when all its matchers hold. Built with {@link #of} or {@link #builder}, so
 * that a part added in a later version does not break code that builds one. Immutable and
 * thread-safe; equal when every part is equal.
 *
 * @since 0.1
 */
public final class Conclusion {

  private final Cause cause;
  private final Category category;
  private final Confidence confidence;
  private final RetryAdvice retry;
  private final boolean contactIssuer;
  private final List<Step> steps;
  private final Set<Audience> withheldFrom;
  private final boolean supplementary;
  private final Map<String, String> networkDisplay;

  private Conclusion(Builder builder) {
    this.cause = builder.cause;
    this.category = builder.category;
    this.confidence = builder.confidence;
    this.retry = builder.retry;
    this.contactIssuer = builder.contactIssuer;
    // The builder's parts are already unmodifiable copies: nothing to copy again.
    this.steps = builder.steps;
    for (Step step : steps) {
      if (!step.arguments().isEmpty()) {
        throw new IllegalArgumentException("step " + step.action() + " of " + cause + ": arguments are filled by the diagnosis");
      }
    }
    EnumSet<Audience> withheld = EnumSet.noneOf(Audience.class);
    withheld.addAll(builder.withheldFrom);
    if (category == Category.RISK) {
      withheld.add(Audience.CARDHOLDER);
    }
    if (withheld.contains(Audience.CASHIER) || withheld.contains(Audience.SUPPORT)) {
      throw new IllegalArgumentException("cause " + cause + ": the cashier and support may always know the cause");
    }
    this.withheldFrom = Collections.unmodifiableSet(withheld);
    this.supplementary = builder.supplementary;
    this.networkDisplay = builder.networkDisplay;
  }

  /**
   * {@return a conclusion with no steps, disclosed to all (a risk cause is still withheld from the
   * cardholder), not supplementary}
   *
   * @param cause what went wrong
   * @param category the kind of cause (a {@link Category#RISK} cause is withheld from the cardholder)
   * @param confidence how sure the rule is
   * @param retry whether and when the payment may be tried again
   * @param contactIssuer whether the cardholder should contact the issuer
   */
  public static Conclusion of(Cause cause, Category category, Confidence confidence, RetryAdvice retry, boolean contactIssuer) {
    return builder(cause, category, confidence, retry).contactIssuer(contactIssuer).build();
  }

  /**
   * A conclusion with its required parts; the rest default to no steps, disclosed to all, not
   * supplementary, no network text, and the cardholder not sent to the issuer.
   *
   * @param cause what went wrong
   * @param category the kind of cause (a {@link Category#RISK} cause is withheld from the cardholder)
   * @param confidence how sure the rule is
   * @param retry whether and when the payment may be tried again
   * @return a builder for the optional parts
   */
  public static Builder builder(Cause cause, Category category, Confidence confidence, RetryAdvice retry) {
    return new Builder(cause, category, confidence, retry);
  }

  /** {@return what went wrong} */
  public Cause cause() {
    return cause;
  }

  /** {@return the kind of cause, which decides who may be told it} */
  public Category category() {
    return category;
  }

  /** {@return how sure the rule is of the cause} */
  public Confidence confidence() {
    return confidence;
  }

  /** {@return whether and when the payment may be tried again} */
  public RetryAdvice retry() {
    return retry;
  }

  /** {@return whether the cardholder should contact the issuer} */
  public boolean contactIssuer() {
    return contactIssuer;
  }

  /** {@return what each audience should do, without arguments: the diagnosis fills them} */
  public List<Step> steps() {
    return steps;
  }

  /**
   * Audiences that must not be told this cause; a {@link Category#RISK} cause is always withheld
   * from the cardholder.
   *
   * @return the audiences; empty when every audience may be told
   */
  public Set<Audience> withheldFrom() {
    return withheldFrom;
  }

  /**
   * Whether this finding adds to a diagnosis (cross-border, peak load) and is the primary only
   * when nothing else matched.
   *
   * @return true for a supplementary finding
   */
  public boolean supplementary() {
    return supplementary;
  }

  /**
   * The network's own recommended terminal text, by BCP 47 language tag (UnionPay's specification
   * gives one per code), kept as data for the i18n module.
   *
   * @return the text by language tag; empty when the network gives none
   */
  public Map<String, String> networkDisplay() {
    return networkDisplay;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Conclusion other
        && cause.equals(other.cause)
        && category == other.category
        && confidence == other.confidence
        && retry.equals(other.retry)
        && contactIssuer == other.contactIssuer
        && steps.equals(other.steps)
        && withheldFrom.equals(other.withheldFrom)
        && supplementary == other.supplementary
        && networkDisplay.equals(other.networkDisplay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cause, category, confidence, retry, contactIssuer, steps, withheldFrom, supplementary, networkDisplay);
  }

  @Override
  public String toString() {
    // The format of Guava's MoreObjects.toStringHelper, which it replaced.
    return "Conclusion{cause=" + cause
        + ", category=" + category
        + ", confidence=" + confidence
        + ", retry=" + retry
        + ", contactIssuer=" + contactIssuer
        + ", steps=" + steps
        + ", withheldFrom=" + withheldFrom
        + ", supplementary=" + supplementary
        + ", networkDisplay=" + networkDisplay
        + "}";
  }

  /** Collects a conclusion's optional parts; each may be set once. Not thread-safe. */
  public static final class Builder {
    private final Cause cause;
    private final Category category;
    private final Confidence confidence;
    private final RetryAdvice retry;
    private boolean contactIssuer;
    private List<Step> steps = Frozen.emptyList();
    private Set<Audience> withheldFrom = Set.of();
    private boolean supplementary;
    private Map<String, String> networkDisplay = Frozen.emptyMap();
    // Bits of the parts already set, in the order of PARTS: no enum class loaded to build a conclusion.
    private int set;

    private static final String[] PARTS = {"contact_issuer", "steps", "withheld_from", "supplementary", "network_display"};

    private Builder(Cause cause, Category category, Confidence confidence, RetryAdvice retry) {
      this.cause = cause;
      this.category = category;
      this.confidence = confidence;
      this.retry = retry;
    }

    private void once(int part) {
      if ((set & (1 << part)) != 0) {
        throw new IllegalStateException("conclusion " + cause + ": " + PARTS[part] + " was already set");
      }
      set |= 1 << part;
    }

    /**
     * Sets whether the cardholder should contact the issuer; false unless set.
     *
     * @param contactIssuer true to send the cardholder to the issuer
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder contactIssuer(boolean contactIssuer) {
      once(0);
      this.contactIssuer = contactIssuer;
      return this;
    }

    /**
     * Sets what each audience should do, without arguments (the diagnosis fills them).
     *
     * @param steps the steps, in the order they are shown
     * @return this builder
     * @throws IllegalStateException if they were already set
     */
    public Builder steps(List<Step> steps) {
      once(1);
      this.steps = Frozen.list(steps);
      return this;
    }

    /**
     * Sets the audiences that must not be told the cause (never the cashier or support).
     *
     * @param withheldFrom the audiences; empty for none
     * @return this builder
     * @throws IllegalStateException if they were already set
     */
    public Builder withheldFrom(Set<Audience> withheldFrom) {
      once(2);
      this.withheldFrom = withheldFrom.isEmpty() ? Set.of() : EnumSet.copyOf(withheldFrom);
      return this;
    }

    /**
     * Sets whether the finding only adds to a diagnosis; false unless set.
     *
     * @param supplementary true for a finding that is primary only when nothing else matched
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder supplementary(boolean supplementary) {
      once(3);
      this.supplementary = supplementary;
      return this;
    }

    /**
     * Sets the network's recommended terminal text by BCP 47 language tag.
     *
     * @param networkDisplay the text by language tag, such as {@code zh-CN}
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder networkDisplay(Map<String, String> networkDisplay) {
      once(4);
      this.networkDisplay = Frozen.map(networkDisplay);
      return this;
    }

    /**
     * Builds the conclusion.
     *
     * @return the conclusion
     * @throws IllegalArgumentException when a step carries arguments, or the cause is withheld
     *     from the cashier or support
     */
    public Conclusion build() {
      return new Conclusion(this);
    }
  }
}
