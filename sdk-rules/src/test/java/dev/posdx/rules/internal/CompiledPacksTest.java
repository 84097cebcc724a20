package dev.posdx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.CauseCatalog;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.RulePackProvider;
import dev.posdx.rules.CauseCatalogReader;
import dev.posdx.rules.RulePackException;
import dev.posdx.rules.RulePackReader;
import dev.posdx.rules.packs.UnionPayLegacyPack;
import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled form holds exactly what the YAML sources decode to, for every built-in pack and
 * for generated packs of every matcher kind, and the embedded path reads only it.
 */
class CompiledPacksTest {

  private static final Path PACKS = Path.of("src/main/packs");
  private static final Path CATALOG = Path.of("src/main/catalog/causes.yaml");

  static List<Path> packSources() throws IOException {
    try (Stream<Path> files = Files.list(PACKS)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    }
  }

  static byte[] compiledResource(String resource) {
    return BuiltInPackProvider.bytes(CompiledPacksTest.class, resource);
  }

  @Test
  void everyBuiltInPackReadsBackEqualToItsDecodedSource() throws IOException {
    List<Path> sources = packSources();
    assertThat(sources).hasSizeGreaterThanOrEqualTo(11);
    for (Path source : sources) {
      RulePack decoded = RulePackReader.standard().read("sdk-rules/" + source.toString().replace('\\', '/'), Files.readAllBytes(source));
      RulePack compiled = CompiledPackReader.readPack("test", compiledResource(CompiledForm.builtInPack(decoded.id())));
      // Record equality: id, version, scope, sources, rules (matchers, conclusions, examples), retry limits, validUntil, origin.
      assertThat(compiled).as(source.toString()).isEqualTo(decoded);
      assertThat(compiled.rules().stream().mapToInt(r -> r.examples().size()).sum()).isPositive();
    }
  }

  @Test
  void theRegisteredProvidersServeTheCompiledPacks() throws IOException {
    Set<String> sourceIds = new HashSet<>();
    for (Path source : packSources()) {
      sourceIds.add(RulePackReader.standard().read(source.getFileName().toString(), Files.readAllBytes(source)).id());
    }
    Set<String> served = new HashSet<>();
    for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class)) {
      if (provider instanceof BuiltInPackProvider builtIn) {
        for (RulePack pack : provider.packs()) {
          served.add(pack.id());
          assertThat(builtIn.resourcePath()).isEqualTo(CompiledForm.builtInPack(pack.id()));
        }
      }
    }
    served.add(new UnionPayLegacyPack().packs().get(0).id());
    assertThat(served).isEqualTo(sourceIds);
  }

  @Test
  void theBuiltInCatalogReadsBackEqualToItsDecodedSource() throws IOException {
    CauseCatalog decoded = CauseCatalogReader.read("sdk-rules/src/main/catalog/causes.yaml", Files.readAllBytes(CATALOG));
    CauseCatalog compiled = BuiltInCatalog.get();
    assertThat(compiled.origin()).isEqualTo(decoded.origin());
    assertThat(Set.copyOf(compiled.definitions())).isEqualTo(Set.copyOf(decoded.definitions()));
    assertThat(CauseCatalogReader.builtIn()).isSameAs(compiled);
  }

  @Test
  void generatedPacksOfEveryMatcherKindRoundTrip() throws IOException {
    List<TransactionOutcome> outcomes = outcomePool();
    Set<Class<?>> kindsSeen = new HashSet<>();
    for (long seed = 0; seed < 300; seed++) {
      for (RulePack pack : GeneratedPacks.packs(seed, outcomes)) {
        RulePack back = CompiledPackReader.readPack("generated", CompiledPackWriter.write(pack));
        assertThat(back).as("seed %s pack %s", seed, pack.id()).isEqualTo(pack);
        pack.rules().forEach(r -> r.when().forEach(m -> kindsSeen.add(m.getClass())));
      }
    }
    // The sweep is only as good as its coverage: every Matcher record was written and read.
    assertThat(kindsSeen).containsExactlyInAnyOrder(Matcher.class.getPermittedSubclasses());
  }

  @Test
  void everyOutcomeInThePoolRoundTripsAsAnExample() throws IOException {
    // One rule per outcome, so that every field any outcome sets is written and read back.
    List<TransactionOutcome> outcomes = outcomePool();
    for (TransactionOutcome outcome : outcomes) {
      Rule base = GeneratedPacks.rule(new java.util.Random(outcome.hashCode()), "r", outcomes);
      Rule rule = new Rule("r", base.when(), base.then(), List.of(new RuleExample(outcome, base.then().cause())));
      RulePack pack = RulePack.builder("p", "1", dev.posdx.core.rule.Scope.BASE, "o")
          .sources(List.of(new dev.posdx.core.rule.PackSource("d", "1")))
          .rules(List.of(rule))
          .build();
      assertThat(CompiledPackReader.readPack("o", CompiledPackWriter.write(pack)).rules().get(0).examples().get(0).input())
          .isEqualTo(outcome);
    }
  }

  // Every built-in example's outcome, and outcomes setting the fields no built-in example sets.
  static List<TransactionOutcome> outcomePool() throws IOException {
    List<TransactionOutcome> pool = new ArrayList<>();
    for (Path source : packSources()) {
      RulePack pack = RulePackReader.standard().read(source.getFileName().toString(), Files.readAllBytes(source));
      pack.rules().forEach(r -> r.examples().forEach(e -> pool.add(e.input())));
    }
    pool.add(TransactionOutcome.builder(Network.VISA).responseCode("05").pan("4111 11** **** 1111").cardLanguages(List.of("zh", "en"))
        .merchant(MerchantContext.builder().acquirer("acq-1").merchantId("m-1").terminalId("t-9").storeId("s-1").build())
        .time(ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 123, ZoneId.of("Europe/Berlin")))
        .attempt(2).cardAttemptsInWindow(7).build());
    pool.add(TransactionOutcome.builder(Network.UNIONPAY).pan("6222021234567890123")
        .time(ZonedDateTime.of(2026, 2, 17, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai"))).build());
    return pool;
  }

  @Test
  void everyMatcherRecordHasAKind() {
    PackCompiler.checkEveryMatcherHasAKind();
    assertThat(MatcherKind.values()).hasSize(Matcher.class.getPermittedSubclasses().length);
    // One type per kind, none left without: the writer's table is the enum, listed again.
    assertThat(MatcherKind.typesWithAKind()).isEqualTo(MatcherKind.values().length);
  }

  @Test
  void compilingIsDeterministic() throws IOException {
    // Reproducible jars: the same pack gives the same bytes.
    Path source = PACKS.resolve("unionpay.yaml");
    RulePack pack = RulePackReader.standard().read("sdk-rules/src/main/packs/unionpay.yaml", Files.readAllBytes(source));
    assertThat(CompiledPackWriter.write(pack)).isEqualTo(compiledResource(CompiledForm.builtInPack("unionpay")));
  }

  @Test
  void aPackIsNotReadAsACatalogNorTheOtherWay() {
    byte[] pack = compiledResource(CompiledForm.builtInPack("visa"));
    byte[] catalog = compiledResource(CompiledForm.BUILT_IN_CATALOG);
    assertThatThrownBy(() -> CompiledPackReader.readCatalog("visa.bin", pack))
        .isInstanceOf(RulePackException.class).hasMessageContaining("visa.bin").hasMessageContaining("at byte 6");
    assertThatThrownBy(() -> CompiledPackReader.readPack("causes.bin", catalog))
        .isInstanceOf(RulePackException.class).hasMessageContaining("causes.bin").hasMessageContaining("at byte 6");
  }
}
