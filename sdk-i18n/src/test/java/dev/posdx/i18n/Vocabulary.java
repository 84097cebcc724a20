package dev.posdx.i18n;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared vocabulary: the core's causes, the reserved ids and base steps (base.tsv), and the
 * copies of the pack helpers' vocabulary files (src/test/resources/vocabulary/*.tsv).
 */
final class Vocabulary {

  record Entry(String kind, String id, String categoryOrAudience, String meaning, String file, int line) {
    boolean isCause() {
      return kind.equals("cause");
    }
  }

  private Vocabulary() {}

  /** {@return each cause of the vocabulary with its category, in file order} */
  static Map<String, Category> causes() {
    Map<String, Category> causes = new LinkedHashMap<>();
    entries().stream().filter(Entry::isCause).forEach(e -> causes.putIfAbsent(e.id(), Category.valueOf(e.categoryOrAudience())));
    return causes;
  }

  /** {@return each step of the vocabulary, with its audience and no arguments} */
  static List<Step> steps() {
    return entries().stream().filter(e -> !e.isCause()).map(e -> Step.of(Audience.valueOf(e.categoryOrAudience()), e.id())).toList();
  }

  static List<Entry> entries() {
    URL base = Vocabulary.class.getClassLoader().getResource("vocabulary/base.tsv");
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(base.toURI()).getParent())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank() || line.startsWith("#") || line.startsWith("kind\t")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          if (f.length != 4 || !(f[0].equals("cause") || f[0].equals("step"))) {
            throw new IllegalStateException(file.getFileName() + ":" + (i + 1) + ": expected kind, id, category_or_audience, meaning_en");
          }
          entries.add(new Entry(f[0], f[1], f[2], f[3], file.getFileName().toString(), i + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return ImmutableList.copyOf(entries);
  }
}
