package dev.posdx.core.diagnosis;

import java.util.Optional;

/**
 * Why a finding has its place in a diagnosis: the primary, or a secondary finding with the
 * reason it is secondary (the cause that explains it, a modifier, or the invariant that applied).
 *
 * @param by the cause that explains this finding, for {@link Kind#EXPLAINED}
 * @since 0.1
 */
public record FindingRole(Kind kind, Optional<Cause> by) {

  /** The reasons a finding can have its place. */
  public enum Kind {
    /** The cause the diagnosis is about. */
    PRIMARY,
    /** Another finding's cause explains this one (the catalog's {@code explains}). */
    EXPLAINED,
    /** Another rule matched more narrowly (or from a more specific scope). */
    LESS_SPECIFIC,
    /** An advice-only finding whose retry advice the decision took. */
    MODIFIER_APPLIED,
    /** An advice-only finding that adds steps but does not change the decision. */
    ADVICE_ONLY,
    /** Invariant: the request was sent and no reply came, so the outcome is unknown. */
    SENT_NO_REPLY,
    /** Invariant: an approval stays an approval. */
    APPROVAL_STANDS,
    /** Invariant: a risk finding decides, with its procedure and {@code NEVER}. */
    RISK_FIRST,
    /** Invariant: the scheme's reattempt cap turned the advice into {@code NEVER}. */
    RETRY_LIMIT
  }

  /** The primary finding. */
  public static final FindingRole PRIMARY = new FindingRole(Kind.PRIMARY, Optional.empty());
  /** Another rule matched more narrowly. */
  public static final FindingRole LESS_SPECIFIC = new FindingRole(Kind.LESS_SPECIFIC, Optional.empty());
  /** An advice-only finding whose retry advice the decision took. */
  public static final FindingRole MODIFIER_APPLIED = new FindingRole(Kind.MODIFIER_APPLIED, Optional.empty());
  /** An advice-only finding that adds steps only. */
  public static final FindingRole ADVICE_ONLY = new FindingRole(Kind.ADVICE_ONLY, Optional.empty());
  /** Set aside: the request was sent and no reply came. */
  public static final FindingRole SENT_NO_REPLY = new FindingRole(Kind.SENT_NO_REPLY, Optional.empty());
  /** Set aside: an approval stays an approval. */
  public static final FindingRole APPROVAL_STANDS = new FindingRole(Kind.APPROVAL_STANDS, Optional.empty());
  /** Set aside: a risk finding decides. */
  public static final FindingRole RISK_FIRST = new FindingRole(Kind.RISK_FIRST, Optional.empty());
  /** The scheme's reattempt cap turned the advice into {@code NEVER}. */
  public static final FindingRole RETRY_LIMIT = new FindingRole(Kind.RETRY_LIMIT, Optional.empty());

  /**
   * {@return the role of a finding that another finding's cause explains}
   *
   * @param cause the explaining cause
   */
  public static FindingRole explainedBy(Cause cause) {
    return new FindingRole(Kind.EXPLAINED, Optional.of(cause));
  }

  @Override
  public String toString() {
    return by.map(c -> kind + " by " + c).orElse(kind.name());
  }
}
