package dev.posdx.rules.internal;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.CauseCatalogReader;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackException.Location;
import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.RulePackReader;
import dev.posdx.rules.RulePacks;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * posdx-rules' build step (libphonenumber's build-time metadata is the model): decodes the cause
 * catalog and every built-in pack from their YAML sources through the same reader and validator
 * custom packs use, runs every example, and writes each one's compiled form, which the embedded
 * path reads without a parser. It fails the build, with file:line, on any problem.
 *
 * <pre>
 * PackCompiler &lt;catalog.yaml&gt; &lt;packs directory&gt; &lt;output directory&gt; &lt;origin base&gt; [--issuers=&lt;table.tsv&gt;] [add-on pack id]...
 * </pre>
 *
 * <p>With {@code --issuers}, it also compiles the issuer table into its {@link IssuerIndex} form.
 *
 * <p>An add-on pack (unionpay-legacy) is compiled but not registered: its examples run against the
 * standard set plus itself, the others' against the standard set. Origins are the sources' paths
 * relative to the origin base, so errors at run time name the file a contributor edits.
 */
@BuildTimeOnly
public final class PackCompiler {

  private static final String ISSUERS_OPTION = "--issuers=";

  private final Path output;
  private final Path originBase;

  private PackCompiler(Path output, Path originBase) {
    this.output = output;
    this.originBase = originBase;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      throw new IllegalArgumentException("usage: PackCompiler <catalog.yaml> <packs directory> <output directory> <origin base> [add-on pack id]...");
    }
    PackCompiler compiler = new PackCompiler(Path.of(args[2]), Path.of(args[3]));
    Set<String> addOns = new HashSet<>();
    Path issuers = null;
    for (String arg : List.of(args).subList(4, args.length)) {
      if (arg.startsWith(ISSUERS_OPTION)) {
        issuers = Path.of(arg.substring(ISSUERS_OPTION.length()));
      } else {
        addOns.add(arg);
      }
    }
    try {
      String summary = compiler.compile(Path.of(args[0]), Path.of(args[1]), addOns);
      if (issuers != null) {
        summary += "; " + compiler.compileIssuers(issuers);
      }
      System.out.println("[posdx] " + summary);
    } catch (RulePackException e) {
      // Maven prints the message; the problems each carry file:line.
      throw new IllegalStateException("the built-in packs do not compile:\n" + e.getMessage(), e);
    }
  }

  /** Compiles the catalog and packs, and returns a one-line summary of what was written. */
  String compile(Path catalogSource, Path packDirectory, Set<String> addOns) throws IOException {
    checkEveryMatcherHasAKind();
    CauseCatalog catalog = CauseCatalogReader.read(origin(catalogSource), Files.readAllBytes(catalogSource));
    byte[] compiledCatalog = CompiledPackWriter.write(catalog);
    CauseCatalog back = CompiledPackReader.readCatalog(CompiledForm.BUILT_IN_CATALOG, compiledCatalog);
    if (!Set.copyOf(back.definitions()).equals(Set.copyOf(catalog.definitions())) || !back.origin().equals(catalog.origin())) {
      throw new IllegalStateException("the compiled cause catalog does not read back equal to " + catalogSource);
    }
    // Written first: decoding a pack checks it against the built-in catalog, which is this one.
    write(CompiledForm.BUILT_IN_CATALOG, compiledCatalog);

    Map<String, Path> sources = new TreeMap<>();
    try (Stream<Path> files = Files.list(packDirectory)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().collect(Collectors.toList())) {
        sources.put(origin(file), file);
      }
    }
    List<RulePack> standard = new ArrayList<>();
    List<RulePack> addOnPacks = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, byte[]> compiled = new TreeMap<>();
    for (Map.Entry<String, Path> source : sources.entrySet()) {
      RulePack pack;
      try {
        pack = RulePackReader.standard().read(source.getKey(), Files.readAllBytes(source.getValue()));
      } catch (RulePackException e) {
        problems.addAll(e.problems());
        continue;
      }
      byte[] bytes = CompiledPackWriter.write(pack);
      if (!CompiledPackReader.readPack(CompiledForm.builtInPack(pack.id()), bytes).equals(pack)) {
        throw new IllegalStateException("pack " + pack.id() + " does not read back equal from its compiled form");
      }
      compiled.put(pack.id(), bytes);
      (addOns.contains(pack.id()) ? addOnPacks : standard).add(pack);
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }
    Set<String> unknown = new HashSet<>(addOns);
    addOnPacks.forEach(p -> unknown.remove(p.id()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("add-on packs " + unknown + " have no source in " + packDirectory);
    }

    RulePacks standardSet = RulePacks.of(standard);
    Diagnoser diagnoser = Diagnoser.builder().causeCatalog(catalog).addPacks(standard).build();
    problems.addAll(located(standardSet.exampleMismatches(diagnoser), sources));
    for (RulePack addOn : addOnPacks) {
      List<RulePack> with = new ArrayList<>(standard);
      with.add(addOn);
      Diagnoser withAddOn = Diagnoser.builder().causeCatalog(catalog).addPacks(with).build();
      problems.addAll(located(RulePacks.of(addOn).exampleMismatches(withAddOn), sources));
    }
    if (!problems.isEmpty()) {
      throw new RulePackException(problems);
    }

    long bytes = compiledCatalog.length;
    int examples = 0;
    for (Map.Entry<String, byte[]> e : compiled.entrySet()) {
      write(CompiledForm.builtInPack(e.getKey()), e.getValue());
      bytes += e.getValue().length;
    }
    for (RulePack p : standardSet.with(RulePacks.of(addOnPacks)).packs()) {
      examples += p.rules().stream().mapToInt(r -> r.examples().size()).sum();
    }
    return "compiled the cause catalog (" + catalog.size() + " causes) and " + compiled.size() + " packs, " + examples
        + " examples reproduce; " + bytes + " bytes written to " + output.resolve(CompiledForm.BUILT_IN_DIRECTORY);
  }

  /** Compiles the issuer table, checks that it reads back, and returns a summary. */
  String compileIssuers(Path table) throws IOException {
    IssuerIndex index;
    try (Reader tsv = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      index = IssuerIndex.of(IssuerTableSource.read(tsv, origin(table)));
    }
    byte[] bytes = index.write();
    IssuerIndex back = IssuerIndex.read(IssuerIndex.BUILT_IN, bytes);
    if (back.rows() != index.rows() || !back.origin().equals(index.origin()) || !Arrays.equals(back.write(), bytes)) {
      throw new IllegalStateException("the compiled issuer table does not read back equal to " + table);
    }
    write(IssuerIndex.BUILT_IN, bytes);
    return "issuer table: " + index.rows() + " prefixes, " + bytes.length + " bytes";
  }

  // Class.getPermittedSubclasses is not on Android: this class runs in the build only.
  static void checkEveryMatcherHasAKind() {
    for (Class<?> type : Matcher.class.getPermittedSubclasses()) {
      if (!MatcherKind.has(type)) {
        throw new IllegalStateException("matcher type " + type.getName() + " has no MatcherKind, so the compiled form cannot hold it: add one and serialize it");
      }
    }
  }

  // An example mismatch names a JSON pointer; a contributor wants the file and line.
  private List<Problem> located(List<Problem> mismatches, Map<String, Path> sources) throws IOException {
    List<Problem> located = new ArrayList<>();
    for (Problem p : mismatches) {
      Path file = sources.get(p.location().resource());
      Location where = file == null
          ? p.location()
          : PackLocations.locate(p.location().resource(), Files.readAllBytes(file), p.location().pointer());
      located.add(new Problem(p.reason(), where, p.message()));
    }
    return located;
  }

  private String origin(Path source) {
    return originBase.toAbsolutePath().normalize().relativize(source.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private void write(String resource, byte[] bytes) {
    Path target = output.resolve(resource);
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
