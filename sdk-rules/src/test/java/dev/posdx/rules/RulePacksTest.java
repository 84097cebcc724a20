package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.RulePackException.Problem;
import dev.posdx.rules.RulePackException.Reason;
import dev.posdx.rules.testpacks.ExampleChainPack;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {

  private static final String MINIMAL = RulePackReaderTest.MINIMAL;

  @Test
  void installedPacksAreFoundThroughTheServiceLoaderAndDiagnose() {
    RulePacks packs = RulePacks.installed();
    assertThat(packs.packs()).extracting(RulePack::id).contains("example-chain", "example-store-s900");
    assertThat(packs.pack("example-chain").orElseThrow().origin()).isEqualTo("dev/posdx/rules/testpacks/example-chain.yaml");

    TransactionOutcome refund =
        TransactionOutcome.builder(Network.UNIONPAY)
            .responseCode("12")
            .transactionType(TransactionType.REFUND)
            .merchant(MerchantContext.builder().chainId("example-chain").storeId("s-2").originalStoreId("s-1").build())
            .build();
    assertThat(packs.diagnoser().diagnose(refund).cause()).isEqualTo(Cause.of("settlement.cross-store"));
  }

  @Test
  void aResourceProviderReadsOnceAndNamesAMissingResource() {
    ExampleChainPack provider = new ExampleChainPack();
    assertThat(provider.packs()).isSameAs(provider.packs());
    assertThat(provider.resourcePath()).isEqualTo("dev/posdx/rules/testpacks/example-chain.yaml");

    ResourcePackProvider missing = new ResourcePackProvider("nowhere.yaml") {};
    assertThatThrownBy(missing::packs).isInstanceOf(IllegalStateException.class).hasMessageContaining("dev/posdx/rules/nowhere.yaml");
  }

  @Test
  void aDirectoryIsReadInNameOrderAndEveryBadFileIsNamed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.yaml"), MINIMAL.replace("id: mini", "id: b-pack"));
    Files.writeString(dir.resolve("a.yml"), MINIMAL.replace("id: mini", "id: a-pack"));
    Files.writeString(dir.resolve("c.json"), "{\"schemaVersion\": 1, \"id\": \"c\"");
    Files.writeString(dir.resolve("d.yaml"), MINIMAL.replace("scope: BASE", "scope: PLANET"));
    Files.writeString(dir.resolve("notes.txt"), "not a pack");

    RulePackException e = catchThrowableOfType(RulePackException.class, () -> RulePacks.fromPath(dir));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).location().resource()).endsWith("c.json");
    assertThat(e.problems().get(0).reason()).isEqualTo(Reason.MALFORMED);
    assertThat(e.problems().get(1).location().resource()).endsWith("d.yaml");
    assertThat(e.problems().get(1).toString()).contains("d.yaml:4:1 /scope: unknown scope \"PLANET\"");

    Files.delete(dir.resolve("c.json"));
    Files.delete(dir.resolve("d.yaml"));
    assertThat(RulePacks.fromPath(dir).packs()).extracting(RulePack::id).containsExactly("a-pack", "b-pack");
    assertThat(RulePacks.fromPath(dir.resolve("b.yaml")).packs()).extracting(RulePack::id).containsExactly("b-pack");
  }

  @Test
  void twoPacksWithOneIdNameBothSources(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.yaml"), MINIMAL);
    Files.writeString(dir.resolve("two.yaml"), MINIMAL);
    RulePackException e = catchThrowableOfType(RulePackException.class, () -> RulePacks.fromPath(dir));
    assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_PACK_ID);
    assertThat(e.getMessage()).contains("one.yaml").contains("two.yaml").contains("mini");

    RulePacks mini = RulePacks.fromStream("asset://mini.yaml", new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)));
    assertThat(catchThrowableOfType(RulePackException.class, () -> mini.with(RulePacks.fromPath(dir.resolve("one.yaml")))).reason())
        .isEqualTo(Reason.DUPLICATE_PACK_ID);
  }

  @Test
  void everyExampleThatDoesNotReproduceIsListedAtOnce() {
    RulePack wrong =
        RulePackReader.standard()
            .read(
                "wrong.yaml",
                MINIMAL
                    .replace("expect: account.insufficient-funds", "expect: account.frozen")
                    + """
                      - id: r2
                        when: {responseCode: ["62"]}
                        then: {cause: card.restricted, category: CARD, retry: {decision: NEVER}}
                        examples:
                          - {given: {network: ISO8583, responseCode: "62"}, expect: card.restricted}
                          - {given: {network: ISO8583, responseCode: "63"}, expect: card.restricted}
                    """);
    RulePacks packs = RulePacks.of(wrong);
    assertThat(packs.exampleMismatches()).extracting(Problem::toString)
        .containsExactly(
            "wrong.yaml /rules/0/examples/0: pack mini rule r1 example 0: expected account.frozen, got account.insufficient-funds (from pack mini rule r1)",
            "wrong.yaml /rules/1/examples/1: pack mini rule r2 example 1: expected card.restricted, got unknown.unmatched (no rule matched)");
    RulePackException e = catchThrowableOfType(RulePackException.class, packs::checkExamples);
    assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p.reason()).isEqualTo(Reason.EXAMPLE_MISMATCH));
  }

  @Test
  void aMorePreciseExampleFailsOnlyWithThePacksThatOutrankIt() {
    // The built-in-style pack alone reproduces; a STORE pack that claims the same code for every
    // store changes what a user gets, and the check says so.
    RulePack base = RulePackReader.standard().read("mini.yaml", MINIMAL);
    RulePack greedy =
        RulePackReader.standard()
            .read(
                "greedy.yaml",
                MINIMAL
                    .replace("id: mini", "id: greedy")
                    .replace("scope: BASE", "scope: STORE")
                    .replace("cause: account.insufficient-funds", "cause: account.frozen")
                    .replace("expect: account.insufficient-funds", "expect: account.frozen"));
    assertThat(RulePacks.of(base).exampleMismatches()).isEmpty();
    assertThat(RulePacks.of(base, greedy).exampleMismatches()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("pack mini rule r1 example 0: expected account.insufficient-funds, got account.frozen"));
  }
}
