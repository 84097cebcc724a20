package dev.posdx.examples.contract;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * Why one input line could not be diagnosed: the line number (from 1), the field at fault as a
 * dotted path such as {@code terminal.tvr} (empty when the line as a whole is at fault: bad
 * bytes, malformed JSON) and a message that never echoes a card number.
 */
public record LineError(long line, Optional<String> field, String message) {

  /**
   * @param line the line number, from 1
   * @param field the field at fault as a dotted path; empty for the whole line
   * @param message what is wrong; card numbers in it (and in the field) are masked
   * @throws IllegalArgumentException if {@code line} is below 1
   */
  public LineError {
    checkArgument(line >= 1, "line numbers start at 1, got %s", line);
    field = field.map(PanRedactor::redact);
    message = PanRedactor.redact(message);
  }

  /**
   * {@return an error of the line as a whole: bad bytes, malformed JSON}
   *
   * @param line the line number, from 1
   * @param message what is wrong
   */
  public static LineError ofLine(long line, String message) {
    return new LineError(line, Optional.empty(), message);
  }

  /**
   * {@return an error of one field}
   *
   * @param line the line number, from 1
   * @param field the field as a dotted path, such as {@code terminal.tvr}
   * @param message what is wrong
   */
  public static LineError ofField(long line, String field, String message) {
    return new LineError(line, Optional.of(field), message);
  }

  @Override
  public String toString() {
    return "line " + line + field.map(f -> ", field " + f).orElse("") + ": " + message;
  }
}
