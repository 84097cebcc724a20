package dev.posdx.rules.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.posdx.rules.internal.JsonFields;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One object of the contract, read in one pass over the fields it holds: each known field's value
 * is kept by its place in the object's {@link Table}. A line's fields are then read by place, with
 * no second look-up by name and no {@code Optional} or lambda per field. Every problem is still
 * worded by {@link JsonFields}, which this defers to only then, so the messages are the ones the
 * field-by-field reading gave.
 */
final class ContractFields {

  /** An object's known fields, in the order they are read, and each one's place in that order. */
  static final class Table {
    private final List<String> names;
    private final Map<String, Integer> places;

    Table(String... names) {
      this.names = List.of(names);
      Map<String, Integer> places = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        places.put(names[i], i);
      }
      this.places = Collections.unmodifiableMap(places);
    }

    List<String> names() {
      return names;
    }

    int size() {
      return names.size();
    }
  }

  private final JsonNode object;
  private final List<String> path;
  private final Table table;
  private final JsonFields.Voice voice;
  // By place in the table; null when absent or JSON null (unknown), as JsonFields reads them.
  private final @Nullable JsonNode[] values;
  private @Nullable JsonFields words;

  private ContractFields(JsonNode object, List<String> path, Table table, JsonFields.Voice voice) {
    this.object = object;
    this.path = path;
    this.table = table;
    this.voice = voice;
    this.values = new JsonNode[table.size()];
  }

  /**
   * Reads {@code object}'s fields; an unknown field goes to the voice first, as {@link
   * JsonFields#of} sends it, and a value that is no object is complained of by it.
   */
  static ContractFields of(JsonNode object, List<String> path, Table table, JsonFields.Voice voice) {
    ContractFields fields = new ContractFields(object, path, table, voice);
    if (!object.isObject()) {
      fields.words();
      throw fields.unworded("an object");
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      Integer place = table.places.get(e.getKey());
      if (place == null) {
        // JsonFields reports every unknown field, in order, when it is built: the strict voice throws.
        fields.words();
      } else if (!e.getValue().isNull()) {
        fields.values[place] = e.getValue();
      }
    }
    return fields;
  }

  List<String> path() {
    return path;
  }

  List<String> path(int field) {
    return JsonFields.below(path, table.names.get(field));
  }

  boolean has(int field) {
    return values[field] != null;
  }

  @Nullable JsonNode node(int field) {
    return values[field];
  }

  @Nullable String text(int field) {
    JsonNode v = values[field];
    if (v == null || v.isTextual()) {
      return v == null ? null : v.textValue();
    }
    words().text(name(field));
    throw unworded("a string");
  }

  <E extends Enum<E>> @Nullable E enumValue(int field, Class<E> type) {
    JsonNode v = values[field];
    if (v == null) {
      return null;
    }
    E constant = v.isTextual() ? JsonFields.constantNamed(v.textValue(), type) : null;
    if (constant != null) {
      return constant;
    }
    words().enumValue(name(field), type);
    throw unworded("a constant of " + type.getSimpleName());
  }

  /** The whole number at a field that {@link #has} a value. */
  long integer(int field) {
    JsonNode v = values[field];
    if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    words().integer(name(field));
    throw unworded("a whole number");
  }

  /** The boolean at a field that {@link #has} a value. */
  boolean bool(int field) {
    JsonNode v = values[field];
    if (v != null && v.isBoolean()) {
      return v.booleanValue();
    }
    words().bool(name(field));
    throw unworded("a boolean");
  }

  @Nullable ContractFields object(int field, Table fields) {
    JsonNode v = values[field];
    return v == null ? null : of(v, path(field), fields, voice);
  }

  /** What a core factory's or setter's refusal of the field's value is reported as. */
  RuntimeException badValue(int field, IllegalArgumentException refusal) {
    words().convert(name(field), refusal, ContractFields::refuse);
    return unworded("a value the core accepts");
  }

  private static Object refuse(IllegalArgumentException refusal) {
    throw refusal;
  }

  private String name(int field) {
    return table.names.get(field);
  }

  // Built only to word a problem (or to report unknown fields); the common line never needs it.
  private JsonFields words() {
    if (words == null) {
      words = JsonFields.of(object, path, table.names, voice);
    }
    return words;
  }

  // JsonFields complained of every case that reaches here; this is a bug, not bad input.
  private IllegalStateException unworded(String expected) {
    return new IllegalStateException("JsonFields accepted a value that is not " + expected + " at " + JsonFields.pointer(path));
  }
}
