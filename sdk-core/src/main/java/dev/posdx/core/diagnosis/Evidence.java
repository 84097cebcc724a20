package dev.posdx.core.diagnosis;

/**
 * One matcher that held: the input field it read and the condition it checked, for example
 * field {@code responseCode}, condition {@code in [51]}.
 *
 * @since 0.1
 */
public record Evidence(String field, String condition) {

  @Override
  public String toString() {
    return field + " " + condition;
  }
}
