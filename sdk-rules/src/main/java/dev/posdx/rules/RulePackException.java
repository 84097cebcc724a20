package dev.posdx.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more packs could not be loaded. Holds every problem found, each with a typed {@link
 * Reason} and a {@link Location} (resource, line, column, JSON pointer); the message lists them
 * one a line, such as {@code unionpay.yaml:42:7 /rules/3/then/category: unknown category
 * "ACOUNT" (expected one of CARD, ACCOUNT, ...)}. Never holds more of a card number than its
 * first six and last four digits.
 *
 * @since 0.1
 */
public final class RulePackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  public enum Reason {
    /** Not valid JSON or YAML, or not one object; a YAML alias. */
    MALFORMED,
    /** A field the format does not know. */
    UNKNOWN_FIELD,
    /** An enum field holds a name the core does not know. */
    UNKNOWN_ENUM_VALUE,
    /** A bad code, id, duration, date, type or combination. */
    BAD_VALUE,
    /** A required field is absent. */
    MISSING_FIELD,
    /** Two packs share one id. */
    DUPLICATE_PACK_ID,
    /** Two rules of one pack share one id. */
    DUPLICATE_RULE_ID,
    /** A rule without examples. */
    MISSING_EXAMPLE,
    /** An example does not give the cause it expects. */
    EXAMPLE_MISMATCH,
    /** A {@code schemaVersion} this loader does not read. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** Too large: bytes, nesting depth, rules per pack. */
    LIMIT_EXCEEDED,
    /** A rule contradicts the cause catalog (category, contactIssuer, withheldFrom, advice only), or names a cause it does not define without saying its category. */
    CONTRADICTS_CATALOG,
    /** A rule would break an invariant of the engine (sent and no reply, approval, RISK). */
    BREAKS_INVARIANT
  }

  /**
   * Where a problem is.
   *
   * @param resource the file or resource name the pack was read from
   * @param line 1-based; 0 when not known
   * @param column 1-based; 0 when not known
   * @param pointer the JSON pointer of the field, such as {@code /rules/3/when/responseCode/0};
   *     empty for the whole document
   */
  public record Location(String resource, int line, int column, String pointer) {

    /**
     * @param resource the file or resource name the pack was read from
     * @param line 1-based; 0 when not known
     * @param column 1-based; 0 when not known
     * @param pointer the JSON pointer of the field; empty for the whole document
     * @throws IllegalArgumentException if the line or column is negative
     */
    public Location {
      checkArgument(line >= 0 && column >= 0, "line and column must not be negative");
    }

    /**
     * A location in a resource whose lines are not known.
     *
     * @param resource the file or resource name
     * @param pointer the JSON pointer of the field; empty for the whole document
     * @return the location, line and column 0
     */
    public static Location of(String resource, String pointer) {
      return new Location(resource, 0, 0, pointer);
    }

    @Override
    public String toString() {
      String where = line > 0 ? resource + ":" + line + ":" + column : resource;
      return pointer.isEmpty() ? where : where + " " + pointer;
    }
  }

  /** One problem: why, where, and what in words. */
  public record Problem(Reason reason, Location location, String message) {
    @Override
    public String toString() {
      return location + ": " + message;
    }
  }

  /** Every problem; part of the serialized form. */
  private final ImmutableList<Problem> problems;

  /**
   * @param problems every problem found, in the order found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RulePackException(List<Problem> problems) {
    super(message(problems));
    checkArgument(!problems.isEmpty(), "a RulePackException needs at least one problem");
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * An exception with one problem.
   *
   * @param reason the kind of problem
   * @param location where it is
   * @param message what is wrong, naming the field
   */
  public RulePackException(Reason reason, Location location, String message) {
    this(List.of(new Problem(reason, location, message)));
  }

  private static String message(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size() + " problems:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /** {@return every problem found, in the order found: for each object, its unknown fields first, then its fields} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the first problem's reason} */
  public Reason reason() {
    return problems.get(0).reason();
  }

  /** {@return the first problem's location} */
  public Location location() {
    return problems.get(0).location();
  }
}
