package dev.posdx.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.posdx.examples.contract.LineError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns CSV (RFC 4180: a header row, commas, double quotes, quoted line breaks) into records of
 * the JSON-lines contract's shape, so that both inputs go through the same reader. The header
 * names contract fields; a nested field is written with a dot ({@code terminal.reader}, {@code
 * merchant.storeId}). An empty cell is an unknown value. Cells of the contract's whole-number and
 * true/false fields become JSON numbers and booleans when they parse; otherwise they stay text and
 * the contract reader names the field. Not thread-safe: feed it lines in order.
 */
public final class CsvRecords {

  /** Contract fields whose JSON type is a whole number. */
  static final ImmutableSet<String> WHOLE_NUMBERS =
      ImmutableSet.of("attempt", "terminal.latencyMs", "terminal.clockSkewSeconds");

  /** Contract fields whose JSON type is true/false. */
  static final ImmutableSet<String> BOOLEANS = ImmutableSet.of("terminal.inputTimedOut");

  /** What one finished CSV record became. */
  public sealed interface Row {
    /** The file line the record starts on (the header is line 1). */
    long line();
  }

  public record Record(long line, JsonNode json) implements Row {}

  public record Bad(LineError error) implements Row {
    @Override
    public long line() {
      return error.line();
    }
  }

  private ImmutableList<String> header = ImmutableList.of();
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private boolean inQuotes;
  private long recordStart;
  private boolean continuing;

  /** The header, once read. */
  public List<String> header() {
    return header;
  }

  /**
   * Feeds one physical line (UTF-8 bytes without the line break).
   *
   * @return a finished row, or empty for the header and for a line inside a quoted cell
   * @throws IllegalArgumentException when the header itself is unusable
   */
  public Optional<Row> line(long number, byte[] bytes, int length) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      reset();
      if (header.isEmpty()) {
        throw new IllegalArgumentException("CSV header (line " + number + ") is not UTF-8");
      }
      return Optional.of(new Bad(LineError.ofLine(number, "not UTF-8")));
    }
    if (!continuing) {
      recordStart = number;
      cells.clear();
      cell.setLength(0);
    } else {
      cell.append('\n');
    }
    String problem = scan(text);
    if (problem != null) {
      reset();
      return Optional.of(new Bad(LineError.ofLine(recordStart, problem)));
    }
    if (inQuotes) {
      continuing = true;
      return Optional.empty();
    }
    continuing = false;
    cells.add(cell.toString());
    cell.setLength(0);
    if (header.isEmpty()) {
      readHeader(number);
      return Optional.empty();
    }
    if (cells.size() == 1 && cells.get(0).isEmpty()) {
      return Optional.of(new Bad(LineError.ofLine(recordStart, "empty line; expected one record per line")));
    }
    if (cells.size() != header.size()) {
      return Optional.of(new Bad(LineError.ofLine(recordStart,
          "has " + cells.size() + " cells; the header has " + header.size())));
    }
    return Optional.of(new Record(recordStart, toJson()));
  }

  /** Call at the end of input: a quoted cell left open is an error. */
  public Optional<Row> finish() {
    if (continuing) {
      reset();
      return Optional.of(new Bad(LineError.ofLine(recordStart, "a quoted cell is never closed")));
    }
    return Optional.empty();
  }

  private void reset() {
    continuing = false;
    inQuotes = false;
    cells.clear();
    cell.setLength(0);
  }

  // Returns a problem, or null; leaves inQuotes set when the line ends inside quotes.
  private @Nullable String scan(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          inQuotes = false;
          i++;
          if (i < n && text.charAt(i) != ',') {
            return "column " + (i + 1) + ": a quoted cell must end at a comma";
          }
          continue;
        }
        cell.append(c);
        i++;
      } else if (c == '"' && cell.length() == 0) {
        inQuotes = true;
        i++;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        i++;
      } else {
        cell.append(c);
        i++;
      }
    }
    return null;
  }

  private void readHeader(long number) {
    List<String> names = new ArrayList<>(cells.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("CSV header (line " + number + "), column " + (i + 1) + ": empty field name");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("CSV header (line " + number + "): the field " + name + " appears twice");
      }
      String[] parts = name.split("\\.", -1);
      for (String part : parts) {
        if (part.isEmpty()) {
          throw new IllegalArgumentException("CSV header (line " + number + "), column " + (i + 1)
              + ": " + name + " is not a field name (use terminal.reader for a nested field)");
        }
      }
      names.add(name);
    }
    for (String name : names) {
      if (!name.contains(".") && names.stream().anyMatch(other -> other.startsWith(name + "."))) {
        throw new IllegalArgumentException("CSV header (line " + number + "): " + name
            + " is both a value and the parent of another column");
      }
    }
    header = ImmutableList.copyOf(names);
  }

  private ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < header.size(); i++) {
      String value = cells.get(i);
      if (value.isEmpty()) {
        continue;
      }
      String name = header.get(i);
      ObjectNode parent = root;
      int dot;
      String rest = name;
      while ((dot = rest.indexOf('.')) >= 0) {
        String key = rest.substring(0, dot);
        JsonNode child = parent.get(key);
        parent = child instanceof ObjectNode o ? o : parent.putObject(key);
        rest = rest.substring(dot + 1);
      }
      parent.set(rest, typed(name, value));
    }
    return root;
  }

  private static JsonNode typed(String name, String value) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (WHOLE_NUMBERS.contains(name)) {
      try {
        return nodes.numberNode(Long.parseLong(value.strip()));
      } catch (NumberFormatException e) {
        return nodes.textNode(value);
      }
    }
    if (BOOLEANS.contains(name)) {
      String v = value.strip();
      if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
        return nodes.booleanNode(Boolean.parseBoolean(v));
      }
      return nodes.textNode(value);
    }
    return nodes.textNode(value);
  }
}
