package dev.posdx.rules.internal;

import static dev.posdx.rules.internal.OutcomeTrees.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object, read by name, with the object's path for errors: the one field
 * reader of the pack decoder and the outcome contract ({@code OutcomeJson}). It checks kinds,
 * names enum constants, spots unknown fields and turns a core factory's refusal into a field
 * problem; the caller's {@link Voice} words each problem and decides whether reading goes on.
 */
public final class JsonFields {

  /** What is wrong with a field, before a reader puts it in its own words. */
  public enum Trouble {
    MISSING,
    NOT_TEXT,
    /** Not a string where an enum constant's name was expected. */
    NOT_NAME,
    NOT_BOOLEAN,
    NOT_WHOLE_NUMBER,
    NOT_LIST,
    NOT_OBJECT,
    /** A string that names no constant of the enum. */
    UNKNOWN_NAME,
    /** A core factory refused the value. */
    BAD_VALUE
  }

  /**
   * One problem at one field.
   *
   * @param path where the offending value is, one name or index per level
   * @param field the field's name, for the words
   * @param value the offending value; null when it is missing
   * @param problem the problem in the shared words, such as {@code must be a string, got a number}
   * @param expected the enum's constant names or the object's known fields, when they apply
   * @param cause the core's refusal, for {@link Trouble#BAD_VALUE}
   */
  public record Complaint(
      Trouble trouble,
      List<String> path,
      String field,
      @Nullable JsonNode value,
      String problem,
      List<String> expected,
      @Nullable Throwable cause) {}

  /** How one reader reports: its words, its quoting, and whether a problem stops it. */
  public interface Voice {
    /** Reports the problem (records or not) and returns what the reader throws to leave the field. */
    RuntimeException complain(Complaint complaint);

    /** A field the object does not know: record it, throw, or let it pass. */
    void unknownField(JsonFields object, String name);

    /** A value fit to quote in a message. */
    String quote(String value);
  }

  private final JsonNode node;
  private final ImmutableList<String> path;
  private final List<String> known;
  private final Voice voice;

  private JsonFields(JsonNode node, List<String> path, List<String> known, Voice voice) {
    this.node = node;
    this.path = ImmutableList.copyOf(path);
    this.known = known;
    this.voice = voice;
    // Reported first, so that a misspelt field comes before the "missing" it causes.
    if (!known.isEmpty()) {
      for (String name : names()) {
        if (!known.contains(name)) {
          voice.unknownField(this, name);
        }
      }
    }
  }

  /**
   * Reads {@code node} as an object whose fields are {@code known} (an empty list allows any
   * name); complains {@link Trouble#NOT_OBJECT} when it is not one.
   */
  public static JsonFields of(JsonNode node, List<String> path, List<String> known, Voice voice) {
    if (!node.isObject()) {
      String field = path.isEmpty() ? "" : path.get(path.size() - 1);
      throw voice.complain(complaint(Trouble.NOT_OBJECT, path, field, node, "must be an object, got " + kind(node), known));
    }
    return new JsonFields(node, path, known, voice);
  }

  /** The JSON value, for reading that is not by field. */
  public JsonNode json() {
    return node;
  }

  public List<String> path() {
    return path;
  }

  /** The path of a field of this object ({@code ""} for the object itself), with more levels below it. */
  public List<String> path(String name) {
    return name.isEmpty() ? path : below(path, name);
  }

  /** {@code path} with more levels below it. */
  public static List<String> below(List<String> path, String... names) {
    return ImmutableList.<String>builderWithExpectedSize(path.size() + names.length).addAll(path).add(names).build();
  }

  /** The fields this object may have; empty when any name is allowed. */
  public List<String> known() {
    return known;
  }

  /** The names of the fields written, in order. */
  public Iterable<String> names() {
    return node::fieldNames;
  }

  /** The field's value; empty when absent or null (unknown). */
  public Optional<JsonNode> node(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  public JsonNode required(String name) {
    return node(name).orElseThrow(() -> complain(Trouble.MISSING, name, null, "is required", List.of()));
  }

  public Optional<String> text(String name) {
    return node(name).map(v -> text(name, v));
  }

  public String requiredText(String name) {
    return text(name, required(name));
  }

  private String text(String name, JsonNode v) {
    return expect(name, v, v.isTextual(), Trouble.NOT_TEXT, "must be a string").textValue();
  }

  public Optional<Boolean> bool(String name) {
    return node(name).map(v -> expect(name, v, v.isBoolean(), Trouble.NOT_BOOLEAN, "must be true or false").booleanValue());
  }

  public Optional<Long> integer(String name) {
    return node(name).map(v -> expect(name, v, v.isIntegralNumber() && v.canConvertToLong(), Trouble.NOT_WHOLE_NUMBER, "must be a whole number").longValue());
  }

  public Optional<JsonNode> list(String name) {
    return node(name).map(v -> expect(name, v, v.isArray(), Trouble.NOT_LIST, "must be a list"));
  }

  public JsonNode requiredList(String name) {
    JsonNode v = required(name);
    return expect(name, v, v.isArray(), Trouble.NOT_LIST, "must be a list");
  }

  // Every kind check, written once: the value when it is of the kind, else the complaint.
  private JsonNode expect(String name, JsonNode v, boolean ofKind, Trouble trouble, String must) {
    if (!ofKind) {
      throw complain(trouble, name, v, must + ", got " + kind(v), List.of());
    }
    return v;
  }

  public Optional<JsonFields> object(String name, List<String> fields) {
    return node(name).map(v -> of(v, path(name), fields, voice));
  }

  public JsonFields requiredObject(String name, List<String> fields) {
    return of(required(name), path(name), fields, voice);
  }

  public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    // A valid name, read on every contract line, needs no path: it is built only for a complaint.
    E constant = v.isTextual() ? constantNamed(v.textValue(), type) : null;
    return Optional.of(constant != null ? constant : enumAt(v, path(name), name, type));
  }

  public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    return enumAt(required(name), path(name), name, type);
  }

  /** The constant {@code v} names, in any case; {@code at} is where {@code v} is, {@code name} its field. */
  public <E extends Enum<E>> E enumAt(JsonNode v, List<String> at, String name, Class<E> type) {
    // The names are listed only in a complaint: a valid value, read on every contract line, skips them.
    if (!v.isTextual()) {
      throw voice.complain(complaint(Trouble.NOT_NAME, at, name, v, "must be a string, got " + kind(v), names(type)));
    }
    return enumNamed(v.textValue(), type)
        .orElseThrow(() -> {
          List<String> names = names(type);
          return voice.complain(complaint(Trouble.UNKNOWN_NAME, at, name, v,
              "unknown " + name + " " + voice.quote(v.textValue()) + " (expected one of " + String.join(", ", names) + ")", names));
        });
  }

  private static <E extends Enum<E>> Optional<E> enumNamed(String text, Class<E> type) {
    return Optional.ofNullable(constantNamed(text, type));
  }

  /**
   * The first constant whose name equals {@code text} ignoring case, or null: a name as written is
   * looked up directly, any other spelling by a scan. {@link #enumAt} words the null case.
   */
  public static <E extends Enum<E>> @Nullable E constantNamed(String text, Class<E> type) {
    Enum<?> exact = exactNames(type).get(text);
    if (exact != null) {
      return type.cast(exact);
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        return constant;
      }
    }
    return null;
  }

  // Per enum type (bounded by the types read): each constant's own name, mapped to what the scan
  // finds for it, the first constant equal to it ignoring case. No ClassValue: Android lacks it.
  private static final ConcurrentHashMap<Class<?>, ImmutableMap<String, Enum<?>>> EXACT_NAMES = new ConcurrentHashMap<>();

  private static ImmutableMap<String, Enum<?>> exactNames(Class<?> type) {
    ImmutableMap<String, Enum<?>> names = EXACT_NAMES.get(type);
    if (names == null) {
      Object[] constants = type.getEnumConstants();
      Map<String, Enum<?>> byName = new HashMap<>();
      for (Object c : constants) {
        String name = ((Enum<?>) c).name();
        for (Object first : constants) {
          if (((Enum<?>) first).name().equalsIgnoreCase(name)) {
            byName.putIfAbsent(name, (Enum<?>) first);
            break;
          }
        }
      }
      names = ImmutableMap.copyOf(byName);
      EXACT_NAMES.putIfAbsent(type, names);
    }
    return names;
  }

  /** Applies a core factory or setter, turning its IllegalArgumentException into a problem at the field. */
  public <T, R> R convert(String name, T value, Function<? super T, R> conversion) {
    try {
      return conversion.apply(value);
    } catch (IllegalArgumentException e) {
      // The field's path is built only for a complaint, as convertAt would have built it.
      throw badValue(path(name), name, e);
    }
  }

  /** As {@link #convert}, for a value at {@code at} (a list element, the object itself). */
  public <R> R convertAt(List<String> at, String name, Supplier<R> construction) {
    try {
      return construction.get();
    } catch (IllegalArgumentException e) {
      throw badValue(at, name, e);
    }
  }

  private RuntimeException badValue(List<String> at, String name, IllegalArgumentException e) {
    return voice.complain(new Complaint(Trouble.BAD_VALUE, at, name, null, String.valueOf(e.getMessage()), List.of(), e));
  }

  private RuntimeException complain(Trouble trouble, String name, @Nullable JsonNode value, String problem, List<String> expected) {
    return voice.complain(complaint(trouble, path(name), name, value, problem, expected));
  }

  private static Complaint complaint(Trouble trouble, List<String> at, String name, @Nullable JsonNode value, String problem, List<String> expected) {
    return new Complaint(trouble, at, name, value, problem, expected, null);
  }

  /** The constants' names, as messages list what an enum field may hold. */
  public static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableList());
  }

  /** The path as a JSON pointer (RFC 6901), such as {@code /rules/3/when}; empty for the root. */
  public static String pointer(List<String> path) {
    StringBuilder pointer = new StringBuilder();
    for (String segment : path) {
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
