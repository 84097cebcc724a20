package dev.posdx.core.diagnosis;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.regex.Pattern;

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

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

  public Step {
    checkArgument(ID.matcher(action).matches(), "step action must be a lower-case id, got \"%s\"", action);
    checkArgument(ID.matcher(messageKey).matches(), "step message key must be a dotted lower-case id, got \"%s\"", messageKey);
    arguments = ImmutableMap.copyOf(arguments);
  }

  public static Step of(Audience audience, String action) {
    return new Step(audience, action, "step." + action, ImmutableMap.of());
  }
}
