package dev.posdx.core.diagnosis;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;

/**
 * A stable dotted id for why a payment failed, such as {@code issuer.refer} or {@code
 * settlement.cross-store}. Causes are the keys of all text; a raw response code never is.
 *
 * @since 0.1
 */
public record Cause(String id) implements Comparable<Cause> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

  /** Nothing known matched. */
  public static final Cause UNKNOWN = new Cause("unknown.unmatched");

  /** What the cardholder is told when the real cause may not be disclosed to them. */
  public static final Cause DECLINED_UNDISCLOSED = new Cause("issuer.declined");

  /**
   * @param id the dotted lower-case id, at most 64 characters, such as {@code issuer.refer}
   * @throws IllegalArgumentException if the id has another shape (the message quotes it)
   */
  public Cause {
    checkArgument(
        id.length() <= 64 && SHAPE.matcher(id).matches(),
        "cause must be a dotted lower-case id such as issuer.refer, got %s",
        id.length() <= 64 ? '"' + id + '"' : "a value of " + id.length() + " characters");
  }

  /**
   * {@return the cause with this id}
   *
   * @param id the dotted lower-case id, such as {@code issuer.refer}
   * @throws IllegalArgumentException if the id has another shape
   */
  public static Cause of(String id) {
    return new Cause(id);
  }

  /** {@return the first segment: {@code issuer} for {@code issuer.peak-load}} */
  public String family() {
    return id.substring(0, id.indexOf('.'));
  }

  @Override
  public int compareTo(Cause other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
