package dev.posdx.core.diagnosis;

/**
 * One thing a rule concluded: a cause, its category, how sure it is, and the rule and matchers
 * behind it. A diagnosis ranks its findings; the first is the primary.
 *
 * @since 0.1
 */
public record Finding(Cause cause, Category category, Confidence confidence, TraceEntry source) {

  @Override
  public String toString() {
    return cause + " (" + category + ", " + confidence + ") from " + source;
  }
}
