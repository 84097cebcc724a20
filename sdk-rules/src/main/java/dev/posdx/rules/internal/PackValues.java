package dev.posdx.rules.internal;

import static dev.posdx.rules.internal.OutcomeTrees.kind;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.rules.RulePackException.Reason;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The pack format's own kinds of value on top of {@link JsonFields}: bounded whole numbers, sets,
 * dates, times of day, durations. Problems go to the document's {@link PackProblems}.
 */
final class PackValues {

  private final PackProblems problems;

  PackValues(PackProblems problems) {
    this.problems = problems;
  }

  /** A text, or a whole number read as its digits (an edition such as 2015). */
  String requiredTextOrInteger(JsonFields o, String name) {
    JsonNode v = o.required(name);
    return v.isIntegralNumber() ? v.asText() : o.requiredText(name);
  }

  Optional<Long> integer(JsonFields o, String name, long min, long max) {
    Optional<Long> value = o.integer(name);
    if (value.isPresent() && (value.get() < min || value.get() > max)) {
      String range = max == Long.MAX_VALUE || max == Integer.MAX_VALUE ? "at least " + min : "in " + min + ".." + max;
      throw problems.fail(Reason.BAD_VALUE, o.path(name), name + " must be " + range + ", got " + Redaction.quoteData(Long.toString(value.get())));
    }
    return value;
  }

  <E extends Enum<E>> Optional<Set<E>> enumSet(JsonFields o, String name, Class<E> type) {
    return nonEmptyList(o, name, ", one of " + String.join(", ", JsonFields.names(type)))
        .map(list -> {
          List<E> read = problems.each(list, o.path(name), (element, at) -> o.enumAt(element, at, name, type));
          return EnumSet.copyOf(read);
        });
  }

  /** A list of strings, each converted by a core factory whose refusal is reported at the element. */
  <T> Optional<Set<T>> set(JsonFields o, String name, Function<String, T> conversion) {
    return nonEmptyList(o, name, "").map(list -> new LinkedHashSet<>(problems.each(list, o.path(name), (element, at) -> {
      if (!element.isTextual()) {
        throw problems.fail(Reason.BAD_VALUE, at, name + " values must be strings, got " + kind(element) + PackProblems.hint(element));
      }
      return o.convertAt(at, name, () -> conversion.apply(element.textValue()));
    })));
  }

  private Optional<JsonNode> nonEmptyList(JsonFields o, String name, String which) {
    Optional<JsonNode> list = o.list(name);
    if (list.isPresent() && list.get().isEmpty()) {
      throw problems.fail(Reason.BAD_VALUE, o.path(name), name + " needs at least one value" + which);
    }
    return list;
  }

  LocalTime time(JsonFields o, String name) {
    return parsed(o, name, o.requiredText(name), LocalTime::parse, name + " must be a time of day such as \"11:30\"");
  }

  Optional<LocalDate> optionalDate(JsonFields o, String name) {
    return o.node(name).isEmpty() ? Optional.empty() : Optional.of(date(o, name));
  }

  LocalDate date(JsonFields o, String name) {
    return parsed(o, name, o.requiredText(name), LocalDate::parse, name + " must be a date such as 2026-02-15");
  }

  @Nullable Duration duration(JsonFields o, String name, boolean required) {
    String v = required ? o.requiredText(name) : o.text(name).orElse(null);
    if (v == null) {
      return null;
    }
    Duration d = parsed(o, name, v, Duration::parse, "must be an ISO 8601 duration in days, hours or minutes such as P30D, PT1H or PT15M");
    if (d.isNegative() || d.isZero()) {
      throw problems.fail(Reason.BAD_VALUE, o.path(name), "must be positive, got " + Redaction.quoteData(v));
    }
    return d;
  }

  private <T> T parsed(JsonFields o, String name, String text, Function<String, T> parse, String must) {
    try {
      return parse.apply(text);
    } catch (DateTimeParseException e) {
      throw problems.fail(Reason.BAD_VALUE, o.path(name), must + ", got " + Redaction.quoteData(text));
    }
  }

  /** A list element or a free-named field's value that must be a string. */
  String textElement(JsonNode node, List<String> at, String what) {
    if (!node.isTextual()) {
      throw problems.fail(Reason.BAD_VALUE, at, "must be a string (" + what + "), got " + kind(node));
    }
    return node.textValue();
  }

  /** A condition group (terminal, merchant, time) that names none of its conditions is a mistake. */
  void requireSomething(JsonFields o, boolean any) {
    if (any) {
      return;
    }
    for (String name : o.names()) {
      if (o.known().contains(name)) {
        return;
      }
    }
    problems.problem(Reason.BAD_VALUE, o.path(), "needs at least one condition (one of " + String.join(", ", o.known()) + ")");
  }
}
