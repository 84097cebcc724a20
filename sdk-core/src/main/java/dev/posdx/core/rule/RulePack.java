package dev.posdx.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named, versioned set of rules with the documents its facts come from.
 *
 * @param retryLimits schemes' caps on retries of one card for one sale, which the engine applies
 * @param validUntil the last day the pack's data covers (a calendar's last listed year); empty
 *     when its facts do not expire
 * @param origin where the pack was read from (a resource or file name), for error messages
 * @since 0.1
 */
public record RulePack(
    String id,
    String version,
    Scope scope,
    List<PackSource> sources,
    List<Rule> rules,
    List<RetryLimit> retryLimits,
    Optional<LocalDate> validUntil,
    String origin) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public RulePack {
    checkArgument(ID.matcher(id).matches(), "pack id must be 1-64 lower-case letters, digits, '.', '_' or '-', got \"%s\"", id.length() > 64 ? id.substring(0, 64) : id);
    checkArgument(!version.isBlank(), "pack %s needs a version", id);
    sources = ImmutableList.copyOf(sources);
    rules = ImmutableList.copyOf(rules);
    retryLimits = ImmutableList.copyOf(retryLimits);
    checkArgument(!sources.isEmpty(), "pack %s must cite at least one source", id);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      Integer earlier = seen.putIfAbsent(rules.get(i).id(), i);
      checkArgument(
          earlier == null,
          "pack %s (%s) has two rules with id %s: rules #%s and #%s",
          id, origin, rules.get(i).id(), earlier == null ? 0 : earlier + 1, i + 1);
    }
  }

  /** A pack with no retry limits. */
  public static RulePack of(String id, String version, Scope scope, List<PackSource> sources, List<Rule> rules, String origin) {
    return new RulePack(id, version, scope, sources, rules, List.of(), Optional.empty(), origin);
  }

  /** A pack with retry limits and no expiry. */
  public RulePack(String id, String version, Scope scope, List<PackSource> sources, List<Rule> rules, List<RetryLimit> retryLimits, String origin) {
    this(id, version, scope, sources, rules, retryLimits, Optional.empty(), origin);
  }

  /** Whether the pack's data ends before {@code day}: its answers for that day may be missing. */
  public boolean expiredOn(LocalDate day) {
    return validUntil.isPresent() && day.isAfter(validUntil.get());
  }

  @Override
  public String toString() {
    return id + "@" + version + " (" + scope + ", " + rules.size() + " rules, from " + origin + ")";
  }
}
