package dev.posdx.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * The {@code toString} of the model's values, in the format of Guava's {@code
 * MoreObjects.toStringHelper(…).omitNullValues()} that it replaced ({@code
 * TerminalState{reader=OK, link=DOWN}}), so that no Guava class is loaded to print a value.
 */
public final class ValueText {

  private ValueText() {}

  /**
   * {@return {@code type{name=value, …}} without the names whose value is null}
   *
   * @param type the value's type name
   * @param namesAndValues each field's name followed by its value, or null to leave it out
   */
  public static String of(String type, @Nullable Object... namesAndValues) {
    StringBuilder text = new StringBuilder(32).append(type).append('{');
    String separator = "";
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value != null) {
        text.append(separator).append(namesAndValues[i]).append('=').append(value);
        separator = ", ";
      }
    }
    return text.append('}').toString();
  }
}
