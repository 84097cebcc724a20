package dev.posdx.core.diagnosis;

import dev.posdx.core.internal.Frozen;
import java.util.Map;

/**
 * Something one audience should do, as a message key and named arguments for the i18n module
 * to render. No text is rendered in the core.
 *
 * @param action a stable id of what to do, such as {@code call-issuer} or {@code insert-chip}
 * @param messageKey the bundle key of the text, such as {@code step.call-issuer}
 * @param arguments named placeholder values; the engine fills them from the outcome
 * @since 0.1
 */
public record Step(Audience audience, String action, String messageKey, Map<String, String> arguments) {

  /**
   * @param audience who should act
   * @param action a stable lower-case id of what to do
   * @param messageKey the bundle key of the text, a dotted lower-case id
   * @param arguments named placeholder values, copied
   * @throws IllegalArgumentException if the action or message key is not a lower-case id
   */
  public Step {
    if (!isId(action)) {
      throw new IllegalArgumentException("step action must be a lower-case id, got \"" + action + "\"");
    }
    if (!isId(messageKey)) {
      throw new IllegalArgumentException("step message key must be a dotted lower-case id, got \"" + messageKey + "\"");
    }
    arguments = Frozen.map(arguments);
  }

  // Ids are [a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)*, checked by hand: no regex compiled at start-up, and a
  // diagnosis builds its steps with their arguments each time it is rendered. StepIdTest holds the pattern.
  static boolean isId(String s) {
    if (s.isEmpty() || !isLower(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (i + 1 == s.length() || !(isLower(s.charAt(i + 1)) || isDigit(s.charAt(i + 1)))) {
          return false;
        }
      } else if (!isLower(c) && !isDigit(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  // Written out, the same values the record's would give: a generated one links method handles at start-up.
  @Override
  public boolean equals(Object o) {
    return o instanceof Step other
        && audience == other.audience
        && action.equals(other.action)
        && messageKey.equals(other.messageKey)
        && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return ((audience.hashCode() * 31 + action.hashCode()) * 31 + messageKey.hashCode()) * 31 + arguments.hashCode();
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * {@return a step with the message key {@code step.<action>} and no arguments}
   *
   * @param audience who should act
   * @param action a stable lower-case id of what to do, such as {@code insert-chip}
   * @throws IllegalArgumentException if the action is not a lower-case id
   */
  public static Step of(Audience audience, String action) {
    return new Step(audience, action, "step." + action, Frozen.emptyMap());
  }
}
