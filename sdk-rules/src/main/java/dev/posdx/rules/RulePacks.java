package dev.posdx.rules;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.RulePackProvider;
import dev.posdx.rules.RulePackException.Location;
import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.RulePackException.Reason;
import dev.posdx.rules.internal.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A set of rule packs with distinct ids: the packs installed on the class path, read from files,
 * a directory or streams, or any union of these. Immutable and thread-safe.
 *
 * <pre>{@code
 * RulePacks packs = RulePacks.installed().with(RulePacks.fromPath(Path.of("/data/posdx/packs")));
 * packs.checkExamples();                      // every example reproduces, or all mismatches at once
 * Diagnoser diagnoser = packs.diagnoser();
 * }</pre>
 *
 * <p>Loading fails with one {@link RulePackException} holding the problems of every bad pack, not
 * only the first; each names its file.
 *
 * @since 0.1
 */
public final class RulePacks {

  private static final RulePacks EMPTY = new RulePacks(ImmutableList.of());

  private final ImmutableList<RulePack> packs;

  private RulePacks(ImmutableList<RulePack> packs) {
    this.packs = packs;
  }

  /** {@return no packs} */
  public static RulePacks empty() {
    return EMPTY;
  }

  /**
   * The given packs, in id order.
   *
   * @param packs the packs, in any order
   * @return the set
   * @throws RulePackException DUPLICATE_PACK_ID naming both sources when two share an id
   */
  public static RulePacks of(Collection<RulePack> packs) {
    List<RulePack> sorted = new ArrayList<>(packs);
    sorted.sort(Comparator.comparing(RulePack::id));
    List<Problem> problems = new ArrayList<>();
    Map<String, RulePack> byId = new HashMap<>();
    for (RulePack pack : sorted) {
      RulePack earlier = byId.putIfAbsent(pack.id(), pack);
      if (earlier != null) {
        problems.add(
            new Problem(
                Reason.DUPLICATE_PACK_ID,
                Location.of(pack.origin(), "/id"),
                "pack id " + pack.id() + " is defined twice: in " + earlier.origin() + " and in " + pack.origin()));
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
    return new RulePacks(ImmutableList.copyOf(sorted));
  }

  /**
   * {@return the given packs, in id order}
   *
   * @param packs the packs
   * @throws RulePackException DUPLICATE_PACK_ID naming both sources when two share an id
   */
  public static RulePacks of(RulePack... packs) {
    return of(List.of(packs));
  }

  /**
   * Every pack of every {@link RulePackProvider} registered with {@link ServiceLoader} and visible
   * to this library's class loader.
   *
   * @return the set; empty (with a warning from the core) when no provider is installed
   * @throws RulePackException with the problems of every provider that failed
   */
  public static RulePacks installed() {
    return installed(RulePacks.class.getClassLoader());
  }

  /**
   * Like {@link #installed()}, with the providers a given class loader sees.
   *
   * @param loader the class loader that finds the providers
   * @return the set
   * @throws RulePackException with the problems of every provider that failed
   */
  public static RulePacks installed(ClassLoader loader) {
    List<RulePack> packs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Iterator<RulePackProvider> providers = ServiceLoader.load(RulePackProvider.class, loader).iterator();
    while (true) {
      RulePackProvider provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        problems.add(
            new Problem(
                Reason.MALFORMED,
                Location.of("META-INF/services/" + RulePackProvider.class.getName(), ""),
                "a registered provider cannot be loaded: " + Redaction.scrubCardNumbers(String.valueOf(e.getMessage()))));
        continue;
      }
      try {
        packs.addAll(provider.packs());
      } catch (RulePackException e) {
        problems.addAll(e.problems());
      } catch (RuntimeException e) {
        problems.add(
            new Problem(
                Reason.MALFORMED,
                Location.of(provider.getClass().getName(), ""),
                "the provider failed: " + Redaction.scrubCardNumbers(e.toString())));
      }
    }
    return collect(packs, problems);
  }

  /**
   * Reads one pack file, or every {@code *.yaml}, {@code *.yml} and {@code *.json} file of a
   * directory (not its subdirectories) in name order.
   *
   * @param fileOrDirectory a pack file or a directory of them
   * @return the set; empty for a directory with no pack file
   * @throws RulePackException with the problems of every bad file, each named
   * @throws UncheckedIOException when the path cannot be read
   */
  public static RulePacks fromPath(Path fileOrDirectory) {
    return fromPath(fileOrDirectory, RulePackReader.standard());
  }

  /**
   * Like {@link #fromPath(Path)}, with a reader of your limits.
   *
   * @param fileOrDirectory a pack file or a directory of them
   * @param reader the reader whose limits apply to each file
   * @return the set; empty for a directory with no pack file
   * @throws RulePackException with the problems of every bad file, each named
   * @throws UncheckedIOException when the path cannot be read
   */
  public static RulePacks fromPath(Path fileOrDirectory, RulePackReader reader) {
    if (!Files.isDirectory(fileOrDirectory)) {
      return of(reader.read(fileOrDirectory));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(fileOrDirectory)) {
      files = listing.filter(RulePacks::isPackFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list pack directory " + fileOrDirectory, e);
    }
    List<RulePack> packs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        packs.add(reader.read(file));
      } catch (RulePackException e) {
        problems.addAll(e.problems());
      }
    }
    return collect(packs, problems);
  }

  /**
   * Reads one pack from a stream (an Android asset, an over-the-air download). The caller closes
   * the stream.
   *
   * @param name names the pack in errors and picks the format by its extension
   * @param in the stream, read to its end or to the size limit
   * @return a set of that one pack
   * @throws RulePackException with every problem found
   */
  public static RulePacks fromStream(String name, InputStream in) {
    return of(RulePackReader.standard().read(name, in));
  }

  private static boolean isPackFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
  }

  private static RulePacks collect(List<RulePack> packs, List<Problem> problems) {
    if (!problems.isEmpty()) {
      try {
        of(packs);
      } catch (RulePackException duplicates) {
        problems.addAll(duplicates.problems());
      }
      throw new RulePackException(problems);
    }
    return of(packs);
  }

  /**
   * This set and another.
   *
   * @param more the packs to add
   * @return a new set with both; this one is unchanged
   * @throws RulePackException DUPLICATE_PACK_ID when both hold a pack id
   */
  public RulePacks with(RulePacks more) {
    List<RulePack> all = new ArrayList<>(packs);
    all.addAll(more.packs);
    return of(all);
  }

  /** {@return the packs in id order} */
  public List<RulePack> packs() {
    return packs;
  }

  /**
   * {@return the pack with this id; empty when the set has none}
   *
   * @param id the pack's id
   */
  public Optional<RulePack> pack(String id) {
    return packs.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** {@return how many packs the set holds} */
  public int size() {
    return packs.size();
  }

  /** {@return true when the set holds no pack} */
  public boolean isEmpty() {
    return packs.isEmpty();
  }

  /** {@return a diagnoser on exactly these packs, with no issuer directory} */
  public Diagnoser diagnoser() {
    return Diagnoser.builder().addPacks(packs).build();
  }

  /**
   * Runs every example of every pack against a diagnoser built from this whole set, and lists
   * each example whose primary cause is not the one it expects.
   *
   * @return one problem per mismatching example; empty when every example reproduces
   */
  public List<Problem> exampleMismatches() {
    return exampleMismatches(diagnoser());
  }

  /**
   * Like {@link #exampleMismatches()}, against a diagnoser of your own.
   *
   * @param diagnoser the diagnoser to run the examples on
   * @return one problem per mismatching example; empty when every example reproduces
   */
  public List<Problem> exampleMismatches(Diagnoser diagnoser) {
    List<Problem> problems = new ArrayList<>();
    for (RulePack pack : packs) {
      List<Rule> rules = pack.rules();
      for (int r = 0; r < rules.size(); r++) {
        List<RuleExample> examples = rules.get(r).examples();
        for (int e = 0; e < examples.size(); e++) {
          RuleExample example = examples.get(e);
          Diagnosis d = diagnoser.diagnose(example.input());
          if (!d.cause().equals(example.expected())) {
            String from = d.primary().map(f -> " (from pack " + f.source().packId() + " rule " + f.source().ruleId() + ")").orElse(" (no rule matched)");
            problems.add(
                new Problem(
                    Reason.EXAMPLE_MISMATCH,
                    Location.of(pack.origin(), "/rules/" + r + "/examples/" + e),
                    "pack " + pack.id() + " rule " + rules.get(r).id() + " example " + e + ": expected "
                        + example.expected() + ", got " + d.cause() + from));
          }
        }
      }
    }
    return problems;
  }

  /**
   * Checks that every example reproduces.
   *
   * @return this set, for chaining
   * @throws RulePackException EXAMPLE_MISMATCH listing every example that does not
   */
  public RulePacks checkExamples() {
    List<Problem> problems = exampleMismatches();
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RulePacks other && packs.equals(other.packs);
  }

  @Override
  public int hashCode() {
    return packs.hashCode();
  }

  @Override
  public String toString() {
    return "RulePacks" + packs.stream().map(p -> p.id() + "@" + p.version()).collect(Collectors.toList());
  }
}
