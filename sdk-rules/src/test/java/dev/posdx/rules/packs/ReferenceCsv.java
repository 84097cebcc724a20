package dev.posdx.rules.packs;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One reference CSV of the repository's {@code docs/reference/codes/}, read where it is (tests run
 * in the module's directory), so that there is no copy to drift: rows as header-keyed maps. Reads the quoted-field subset of RFC 4180
 * the reference files use.
 */
record ReferenceCsv(String name, List<Map<String, String>> rows) {

  static final Path CODES = Path.of("..", "docs", "reference", "codes");

  static ReferenceCsv load(String name) {
    Path file = CODES.resolve(name);
    checkArgument(Files.isRegularFile(file), "reference table %s is missing (tests run in sdk-rules/)", file.toAbsolutePath().normalize());
    try {
      return parse(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReferenceCsv parse(String name, String text) {
    List<List<String>> records = records(name, text);
    List<String> header = records.get(0);
    ImmutableList.Builder<Map<String, String>> rows = ImmutableList.builder();
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      checkArgument(
          fields.size() == header.size(),
          "%s record %s has %s fields, the header %s", name, i + 1, fields.size(), header.size());
      ImmutableMap.Builder<String, String> row = ImmutableMap.builder();
      for (int f = 0; f < header.size(); f++) {
        row.put(header.get(f), fields.get(f));
      }
      rows.add(row.buildOrThrow());
    }
    return new ReferenceCsv(name, rows.build());
  }

  private static List<List<String>> records(String name, String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    checkArgument(!quoted, "%s ends inside a quoted field", name);
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    checkArgument(!records.isEmpty(), "%s is empty", name);
    return records;
  }
}
