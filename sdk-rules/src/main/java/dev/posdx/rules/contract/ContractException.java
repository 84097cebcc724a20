package dev.posdx.rules.contract;

import com.google.common.collect.ImmutableList;
import dev.posdx.rules.internal.JsonFields;
import java.util.List;

/**
 * An outcome in JSON could not be read. Names the field (such as {@code terminal.reader}) and the
 * problem; never a card number, nor the value of a refused field.
 *
 * @since 0.1
 */
public final class ContractException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What was wrong. */
  public enum Reason {
    /** Not JSON at all, or not an object. */
    MALFORMED,
    /** A field the contract does not know (allowed by {@link OutcomeJson#lenient()}). */
    UNKNOWN_FIELD,
    /** PIN, PIN block, CVV/CVC or track data: posdx never accepts them. */
    REFUSED_FIELD,
    /** A field the contract needs ({@code network}) is absent. */
    MISSING_FIELD,
    /** A string where a number was expected, or the like. */
    WRONG_TYPE,
    /** An enum field holds a name the core does not know. */
    UNKNOWN_ENUM_VALUE,
    /** The value has the right type but is not valid: a bad code, date, currency or card number. */
    BAD_VALUE
  }

  /** What kind of break; part of the serialized form. */
  private final Reason reason;

  /** The field's path; part of the serialized form. */
  private final ImmutableList<String> path;

  /** The problem without the field name; part of the serialized form. */
  private final String problem;

  ContractException(Reason reason, List<String> path, String problem) {
    super((path.isEmpty() ? "outcome" : String.join(".", path)) + ": " + problem);
    this.reason = reason;
    this.path = ImmutableList.copyOf(path);
    this.problem = problem;
  }

  ContractException(Reason reason, List<String> path, String problem, Throwable cause) {
    this(reason, path, problem);
    // The cause's own message may quote input; only its type is kept.
    initCause(new IllegalArgumentException(cause.getClass().getSimpleName()));
  }

  /** {@return what kind of break it is} */
  public Reason reason() {
    return reason;
  }

  /** {@return the field's path in dotted form, such as {@code terminal.reader}; empty for the whole outcome} */
  public String field() {
    return String.join(".", path);
  }

  /** {@return the field as a JSON pointer relative to the outcome, such as {@code /terminal/reader}} */
  public String pointer() {
    return JsonFields.pointer(path);
  }

  /** {@return the field's path, one name (or array index) per level} */
  public List<String> path() {
    return path;
  }

  /** {@return the problem without the field name} */
  public String problem() {
    return problem;
  }
}
