package dev.posdx.rules.internal;

import static dev.posdx.rules.internal.OutcomeTrees.kind;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.RulePackException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The problems found in one pack document, each with its file, line, column and JSON pointer, so
 * that one reading reports them all; and the pack's words for a field problem ({@link
 * JsonFields.Voice}). Not thread-safe: one per document.
 */
final class PackProblems implements JsonFields.Voice {

  /** After this many problems the rest of a pack is not worth reading. */
  private static final int MAX_PROBLEMS = 50;

  /** Thrown after a problem is recorded, to abandon the part being read. */
  static final class Abandon extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abandon() {
      super(null, null, false, false);
    }
  }

  /** Thrown when reading further is pointless: an unsupported schema or too many problems. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final PackDocument document;
  private final List<Problem> problems = new ArrayList<>();

  PackProblems(PackDocument document) {
    this.document = document;
  }

  PackDocument document() {
    return document;
  }

  /** How many problems are recorded so far: a part compares before and after. */
  int count() {
    return problems.size();
  }

  /** The exception with every problem; a reading that found none but could not finish says so. */
  RulePackException exception() {
    if (problems.isEmpty()) {
      problem(Reason.MALFORMED, "", "the pack could not be read");
    }
    return new RulePackException(problems);
  }

  /** Records a problem; after too many, stops the reading. */
  void problem(Reason reason, String pointer, String message) {
    problems.add(new Problem(reason, document.locate(pointer), message));
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add(new Problem(reason, RulePackException.Location.of(document.resource(), ""), "too many problems; the rest of the pack was not read"));
      throw new Stop();
    }
  }

  void problem(Reason reason, List<String> path, String message) {
    problem(reason, JsonFields.pointer(path), message);
  }

  /** Records a problem and returns what abandons the part being read. */
  Abandon fail(Reason reason, List<String> path, String message) {
    problem(reason, path, message);
    return new Abandon();
  }

  /** Runs one part; on a recorded problem returns null so the caller can go on with the next part. */
  <T> @Nullable T attempt(Supplier<T> part) {
    try {
      return part.get();
    } catch (Abandon e) {
      return null;
    }
  }

  /**
   * Reads every element of a list, each on its own so that a bad one does not hide the next;
   * abandons the list after the last when any was bad.
   */
  <T> List<T> each(JsonNode list, List<String> at, BiFunction<JsonNode, List<String>, T> element) {
    Iterable<Integer> indices = () -> IntStream.range(0, list.size()).iterator();
    return all(indices, i -> element.apply(list.get(i), JsonFields.below(at, Integer.toString(i))));
  }

  /** Reads every part on its own, as {@link #each} reads a list's elements. */
  <K, T> List<T> all(Iterable<K> parts, Function<K, T> read) {
    List<T> values = new ArrayList<>();
    boolean ok = true;
    for (K part : parts) {
      T value = attempt(() -> read.apply(part));
      ok &= value != null;
      if (value != null) {
        values.add(value);
      }
    }
    if (!ok) {
      throw new Abandon();
    }
    return values;
  }

  /** An object of the pack, its unknown fields recorded. */
  JsonFields fields(JsonNode node, List<String> at, List<String> known) {
    return JsonFields.of(node, at, known, this);
  }

  // ---------------------------------------------------------------- the pack's words

  @Override
  public RuntimeException complain(JsonFields.Complaint c) {
    String field = c.field();
    String message =
        switch (c.trouble()) {
          case NOT_OBJECT -> "must be an object with " + String.join(", ", c.expected()) + ", got " + kind(valueOf(c));
          case NOT_NAME -> field + " must be a name, one of " + String.join(", ", c.expected()) + ", got " + kind(valueOf(c));
          case UNKNOWN_NAME -> c.problem();
          case BAD_VALUE -> Redaction.scrubCardNumbers(c.problem());
          case NOT_TEXT -> field + " " + c.problem() + hint(valueOf(c));
          default -> field + " " + c.problem();
        };
    Reason reason =
        switch (c.trouble()) {
          case MISSING -> Reason.MISSING_FIELD;
          case UNKNOWN_NAME -> Reason.UNKNOWN_ENUM_VALUE;
          default -> Reason.BAD_VALUE;
        };
    return fail(reason, c.path(), message);
  }

  @Override
  public void unknownField(JsonFields object, String name) {
    List<String> known = object.known();
    problem(
        Reason.UNKNOWN_FIELD,
        object.path(name),
        "unknown field " + Redaction.quoteData(name) + suggestion(name, known) + " (expected one of " + String.join(", ", known) + ")");
  }

  @Override
  public String quote(String value) {
    return Redaction.quoteData(value);
  }

  private static JsonNode valueOf(JsonFields.Complaint c) {
    JsonNode v = c.value();
    if (v == null) {
      throw new IllegalStateException("a " + c.trouble() + " complaint carries the value");
    }
    return v;
  }

  /** What a number where a string belongs is likely to be. */
  static String hint(JsonNode v) {
    return v.isNumber() ? " (quote codes, versions and times: YAML reads 05 as 5 and 1.10 as 1.1)" : "";
  }

  private static String suggestion(String name, List<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best == null ? "" : ", did you mean " + best + "?";
  }

  /** Levenshtein distance, for "did you mean" on short field names. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
