package dev.posdx.core.diagnosis;


import org.jspecify.annotations.Nullable;

/**
 * A stable dotted id for why a payment failed, such as {@code issuer.refer} or {@code
 * settlement.cross-store}. Causes are the keys of all text; a raw response code never is.
 *
 * @since 0.1
 */
public record Cause(String id) implements Comparable<Cause> {

  // The shape: [a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+ , at most 64 characters.

  /** Nothing known matched. */
  public static final Cause UNKNOWN = new Cause("unknown.unmatched");

  /** What the cardholder is told when the real cause may not be disclosed to them. */
  public static final Cause DECLINED_UNDISCLOSED = new Cause("issuer.declined");

  /**
   * @param id the dotted lower-case id, at most 64 characters, such as {@code issuer.refer}
   * @throws IllegalArgumentException if the id has another shape (the message quotes it)
   */
  public Cause {
    // The shape, checked by hand (Step's id with at least one dot): thousands of causes are read at start-up.
    if (id.length() > 64 || !Step.isId(id) || id.indexOf('.') < 0) {
      throw new IllegalArgumentException(
          "cause must be a dotted lower-case id such as issuer.refer, got "
              + (id.length() <= 64 ? '"' + id + '"' : "a value of " + id.length() + " characters"));
    }
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

  // Written out: a record's generated equality goes through method handles, costly at start-up.
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Cause c && id.equals(c.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
