package dev.posdx.rules.packs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Step;
import dev.posdx.core.diagnosis.TraceEntry;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.outcome.TransactionType;
import dev.posdx.core.rule.Rule;
import dev.posdx.core.rule.RuleExample;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.rules.RulePackReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The chain and store templates of CHAIN_PACK_TEMPLATE.md load, and do what the guide says. */
class ChainTemplateTest {

  private static final RulePack CHAIN = template("chain-template.yaml");
  private static final RulePack STORE = template("store-template.yaml");

  private static final Diagnoser WITH_TEMPLATES =
      Diagnoser.builder().addInstalledPacks().addPack(CHAIN).addPack(STORE).build();

  private static RulePack template(String name) {
    String path = "/dev/posdx/rules/templates/" + name;
    try (InputStream in = ChainTemplateTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return RulePackReader.standard().read(path, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theTemplatesAreNotInstalled() {
    assertThat(Diagnoser.builder().addInstalledPacks().build().packs())
        .extracting(RulePack::id)
        .doesNotContain(CHAIN.id(), STORE.id());
    assertThat(ServiceLoader.load(dev.posdx.core.spi.RulePackProvider.class).stream().map(p -> p.type().getName()))
        .noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("template"));
  }

  @Test
  void theTemplatesHaveTheScopesTheGuideNames() {
    assertThat(CHAIN.scope()).isEqualTo(Scope.CHAIN);
    assertThat(STORE.scope()).isEqualTo(Scope.STORE);
  }

  @Test
  void everyTemplateExampleIsExplainedByTheTemplatesOwnRule() {
    for (RulePack pack : List.of(CHAIN, STORE)) {
      for (Rule rule : pack.rules()) {
        for (RuleExample example : rule.examples()) {
          Diagnosis d = WITH_TEMPLATES.diagnose(example.input());
          TraceEntry primary = d.primary().orElseThrow().source();
          assertThat(d.cause()).as(pack.id() + "/" + rule.id()).isEqualTo(example.expected());
          assertThat(primary.packId() + "/" + primary.ruleId()).isEqualTo(pack.id() + "/" + rule.id());
        }
      }
    }
  }

  @Test
  void theFranchiseStoreSendsItsCrossStoreRefundsToItsAcquirerAndTheOtherStoresToHeadOffice() {
    Diagnosis franchise = WITH_TEMPLATES.diagnose(refund("s-0042"));
    Diagnosis ordinary = WITH_TEMPLATES.diagnose(refund("s-0017"));

    assertThat(franchise.steps(Audience.MERCHANT)).extracting(Step::action).contains("contact-acquirer").doesNotContain("contact-hq-settlement");
    assertThat(ordinary.steps(Audience.MERCHANT)).extracting(Step::action).contains("contact-hq-settlement");
  }

  private static TransactionOutcome refund(String store) {
    return TransactionOutcome.builder(Network.UNIONPAY)
        .responseCode("25")
        .transactionType(TransactionType.REFUND)
        .merchant(MerchantContext.builder().chainId("acme").storeId(store).originalStoreId("s-0003").build())
        .build();
  }
}
