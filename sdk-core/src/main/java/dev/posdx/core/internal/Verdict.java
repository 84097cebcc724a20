package dev.posdx.core.internal;


import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Finding;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The part of a diagnosis that does not depend on the payment beyond the rules it matched: cause,
 * category, ranked findings with their roles, retry advice, steps (without arguments), who may be
 * told and the network's display text. The engine builds one per matched rule set and shares it
 * between diagnoses. Immutable and thread-safe. Not API.
 */
public final class Verdict {

  private final Cause cause;
  private final Category category;
  private final List<Finding> findings;
  private final RetryAdvice retry;
  private final boolean contactIssuer;
  private final List<Step> steps;
  private final Set<Audience> withheldFrom;
  private final Map<String, String> networkDisplay;
  private final @Nullable List<FindingRole> roles;

  /**
   * @param findings ranked, primary first; empty only for {@link Category#UNKNOWN}
   * @param roles one per finding, the first {@link FindingRole#PRIMARY}; null for the default
   *     (the first primary, the rest less specific)
   */
  public Verdict(
      Cause cause,
      Category category,
      List<Finding> findings,
      RetryAdvice retry,
      boolean contactIssuer,
      List<Step> steps,
      Set<Audience> withheldFrom,
      Map<String, String> networkDisplay,
      @Nullable List<FindingRole> roles) {
    this.cause = cause;
    this.category = category;
    this.findings = Frozen.list(findings);
    this.retry = retry;
    this.contactIssuer = contactIssuer;
    this.steps = Frozen.list(steps);
    this.withheldFrom = Frozen.enumSet(Audience.class, withheldFrom);
    this.networkDisplay = Frozen.map(networkDisplay);
    if (this.findings.isEmpty() && category != Category.UNKNOWN) {
      throw new IllegalArgumentException("a " + category + " diagnosis needs at least one finding");
    }
    if (category == Category.RISK && !this.withheldFrom.contains(Audience.CARDHOLDER)) {
      throw new IllegalArgumentException("a RISK cause (" + cause + ") is never disclosed to the cardholder");
    }
    if (roles != null) {
      if (roles.size() != this.findings.size()) {
        throw new IllegalArgumentException(roles.size() + " roles for " + this.findings.size() + " findings");
      }
      this.roles = Frozen.list(roles);
    } else {
      this.roles = null;
    }
  }

  public Cause cause() {
    return cause;
  }

  public Category category() {
    return category;
  }

  public List<Finding> findings() {
    return findings;
  }

  public RetryAdvice retry() {
    return retry;
  }

  public boolean contactIssuer() {
    return contactIssuer;
  }

  /** The steps without arguments. */
  public List<Step> steps() {
    return steps;
  }

  public Set<Audience> withheldFrom() {
    return withheldFrom;
  }

  public Map<String, String> networkDisplay() {
    return networkDisplay;
  }

  /** The roles as given; null for the default ones. */
  public @Nullable List<FindingRole> roles() {
    return roles;
  }
}
