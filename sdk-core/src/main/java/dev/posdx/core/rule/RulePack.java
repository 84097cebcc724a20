package dev.posdx.core.rule;

import dev.posdx.core.internal.Frozen;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A named, versioned set of rules with the documents its facts come from. Built with {@link #of}
 * or {@link #builder}, so that a part added in a later version does not break code that builds
 * one. Immutable and thread-safe; equal when every part is equal.
 *
 * @since 0.1
 */
public final class RulePack {

  private final String id;
  private final String version;
  private final Scope scope;
  private final List<PackSource> sources;
  private final List<Rule> rules;
  private final List<RetryLimit> retryLimits;
  private final Optional<LocalDate> validUntil;
  private final String origin;

  private RulePack(Builder builder) {
    this.id = builder.id;
    this.version = builder.version;
    this.scope = builder.scope;
    // The builder's parts are already unmodifiable copies: nothing to copy again.
    this.sources = builder.sources;
    this.rules = builder.rules;
    this.retryLimits = builder.retryLimits;
    this.validUntil = builder.validUntil;
    this.origin = builder.origin;
    if (!isId(id)) {
      throw new IllegalArgumentException(
          "pack id must be 1-64 lower-case letters, digits, '.', '_' or '-', got \"" + (id.length() > 64 ? id.substring(0, 64) : id) + "\"");
    }
    if (version.isBlank()) {
      throw new IllegalArgumentException("pack " + id + " needs a version");
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("pack " + id + " must cite at least one source");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      Integer earlier = seen.putIfAbsent(rules.get(i).id(), i);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "pack " + id + " (" + origin + ") has two rules with id " + rules.get(i).id() + ": rules #" + (earlier + 1) + " and #" + (i + 1));
      }
    }
  }

  // Ids are [a-z0-9][a-z0-9._-]{0,63}, checked by hand: no regex compiled at start-up. RulePackIdTest holds the pattern.
  static boolean isId(String s) {
    if (s.isEmpty() || s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return a pack with no retry limits and no expiry}
   *
   * @param id the pack's id: 1-64 lower-case letters, digits, '.', '_' or '-'
   * @param version the pack's version; not blank
   * @param scope where the pack applies, which decides its precedence
   * @param sources the documents the pack's facts come from; at least one
   * @param rules the rules, ids unique in the pack
   * @param origin where the pack was read from (a resource or file name), for error messages
   * @throws IllegalArgumentException naming the pack when its id, version or sources are bad or
   *     two rules share an id
   */
  public static RulePack of(String id, String version, Scope scope, List<PackSource> sources, List<Rule> rules, String origin) {
    return builder(id, version, scope, origin).sources(sources).rules(rules).build();
  }

  /**
   * A pack with its required parts; sources (at least one) are set before {@link Builder#build()},
   * rules, retry limits and expiry default to none.
   *
   * @param id the pack's id: 1-64 lower-case letters, digits, '.', '_' or '-'
   * @param version the pack's version; not blank
   * @param scope where the pack applies, which decides its precedence
   * @param origin where the pack was read from (a resource or file name), for error messages
   * @return a builder for the other parts; {@link Builder#build()} checks them all
   */
  public static Builder builder(String id, String version, Scope scope, String origin) {
    return new Builder(id, version, scope, origin);
  }

  /** {@return the pack's id, unique in a pack set} */
  public String id() {
    return id;
  }

  /** {@return the pack's version, as its author numbers it} */
  public String version() {
    return version;
  }

  /** {@return where the pack applies, which decides its precedence} */
  public Scope scope() {
    return scope;
  }

  /** {@return the documents the pack's facts come from; at least one} */
  public List<PackSource> sources() {
    return sources;
  }

  /** {@return the pack's rules, in file order, ids unique in the pack} */
  public List<Rule> rules() {
    return rules;
  }

  /** {@return schemes' caps on retries of one card for one sale, which the engine applies} */
  public List<RetryLimit> retryLimits() {
    return retryLimits;
  }

  /**
   * The last day the pack's data covers (a calendar's last listed year); empty when its facts do
   * not expire.
   *
   * @return the last covered day, inclusive; empty when the facts do not expire
   */
  public Optional<LocalDate> validUntil() {
    return validUntil;
  }

  /** {@return where the pack was read from (a resource or file name), for error messages} */
  public String origin() {
    return origin;
  }

  /**
   * Whether the pack's data ends before {@code day}: its answers for that day may be missing.
   *
   * @param day the local date of a payment
   * @return true when {@code day} is after {@link #validUntil()}; never for a pack that does not
   *     expire
   */
  public boolean expiredOn(LocalDate day) {
    return validUntil.isPresent() && day.isAfter(validUntil.get());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RulePack other
        && id.equals(other.id)
        && version.equals(other.version)
        && scope == other.scope
        && sources.equals(other.sources)
        && rules.equals(other.rules)
        && retryLimits.equals(other.retryLimits)
        && validUntil.equals(other.validUntil)
        && origin.equals(other.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, scope, sources, rules, retryLimits, validUntil, origin);
  }

  @Override
  public String toString() {
    return id + "@" + version + " (" + scope + ", " + rules.size() + " rules, from " + origin + ")";
  }

  /** Collects a pack's parts; each may be set once. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final Scope scope;
    private final String origin;
    private List<PackSource> sources = Frozen.emptyList();
    private List<Rule> rules = Frozen.emptyList();
    private List<RetryLimit> retryLimits = Frozen.emptyList();
    private Optional<LocalDate> validUntil = Optional.empty();
    // Bits of the parts already set, in the order of PARTS: no enum class loaded to build a pack.
    private int set;

    private static final String[] PARTS = {"sources", "rules", "retry limits", "valid until"};

    private Builder(String id, String version, Scope scope, String origin) {
      this.id = id;
      this.version = version;
      this.scope = scope;
      this.origin = origin;
    }

    private void once(int part) {
      if ((set & (1 << part)) != 0) {
        throw new IllegalStateException("pack " + id + ": " + PARTS[part] + " was already set");
      }
      set |= 1 << part;
    }

    /**
     * Sets the documents the pack's facts come from; at least one.
     *
     * @param sources the sources, cited in the pack's order
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder sources(List<PackSource> sources) {
      once(0);
      this.sources = Frozen.list(sources);
      return this;
    }

    /**
     * Sets the rules, with ids unique in the pack (checked by {@link #build()}).
     *
     * @param rules the rules, in precedence order within the pack
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder rules(List<Rule> rules) {
      once(1);
      this.rules = Frozen.list(rules);
      return this;
    }

    /**
     * Sets schemes' caps on retries of one card for one sale.
     *
     * @param retryLimits the caps; empty (the default) for none
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder retryLimits(List<RetryLimit> retryLimits) {
      once(2);
      this.retryLimits = Frozen.list(retryLimits);
      return this;
    }

    /**
     * Sets the last day the pack's data covers; empty (the default) when its facts do not expire.
     *
     * @param validUntil the last covered day, inclusive
     * @return this builder
     * @throws IllegalStateException if it was already set
     */
    public Builder validUntil(Optional<LocalDate> validUntil) {
      once(3);
      this.validUntil = validUntil;
      return this;
    }

    /**
     * Builds the pack.
     *
     * @return the pack
     * @throws IllegalArgumentException naming the pack when its id, version or sources are bad or
     *     two rules share an id
     */
    public RulePack build() {
      return new RulePack(this);
    }
  }
}
