package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.FindingRole;
import dev.posdx.core.outcome.EntryMode;
import dev.posdx.core.outcome.LinkStatus;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property: adding a STORE pack whose rules all name store X never changes the diagnosis of a
 * payment at any other store (or at no known store), whatever the other packs say; and at store X
 * a matching store rule always wins. Rules and outcomes are random; the packs are written as JSON
 * and go through the real reader.
 */
class StorePackScopeTest {

  private static final String STORE_X = "s-x";
  private static final List<String> CODES = List.of("05", "12", "51", "91", "96", "A1");
  private static final List<String> CAUSES =
      // Causes of the stores' own, outside the catalog, so that a random category is theirs to give.
      List.of("store.refer", "store.funds", "store.link", "store.restricted", "store.fraud", "store.peak");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One random rule as pack data; {@code stores} set only for the STORE pack. */
  record RuleSpec(
      List<Network> networks, List<String> codes, @Nullable LinkStatus link, @Nullable EntryMode entry,
      String cause, Category category, boolean supplementary) {

    Map<String, Object> toData(String id, @Nullable String store) {
      Map<String, Object> when = new LinkedHashMap<>();
      if (!networks.isEmpty()) {
        when.put("network", networks);
      }
      if (!codes.isEmpty()) {
        when.put("responseCode", codes);
      }
      if (entry != null) {
        when.put("entryMode", List.of(entry));
      }
      if (link != null) {
        when.put("terminal", Map.of("link", List.of(link)));
      }
      if (store != null) {
        when.put("merchant", Map.of("storeId", List.of(store)));
      }
      if (when.isEmpty()) {
        when.put("responseCodePresent", true);
      }
      Map<String, Object> then = new LinkedHashMap<>();
      then.put("cause", cause);
      then.put("category", category);
      then.put("retry", Map.of("decision", "NEVER"));
      then.put("supplementary", supplementary);
      then.put("steps", Map.of("CASHIER", List.of("record-details")));
      Map<String, Object> given = new LinkedHashMap<>();
      given.put("network", networks.isEmpty() ? Network.VISA : networks.get(0));
      return Map.of("id", id, "when", when, "then", then, "examples", List.of(Map.of("given", given, "expect", cause)));
    }
  }

  record OutcomeSpec(Network network, @Nullable String code, @Nullable LinkStatus link, @Nullable EntryMode entry, @Nullable String store) {
    TransactionOutcome toOutcome() {
      TransactionOutcome.Builder b = TransactionOutcome.builder(network);
      if (code != null) {
        b.responseCode(code);
      }
      if (entry != null) {
        b.entryMode(entry);
      }
      if (link != null) {
        b.terminal(TerminalState.builder().link(link).build());
      }
      if (store != null) {
        b.merchant(MerchantContext.builder().chainId("c-1").storeId(store).build());
      }
      return b.build();
    }
  }

  private static <T> Gen<@Nullable T> maybe(Gen<T> gen) {
    return in -> Generate.booleans().generate(in) ? gen.generate(in) : null;
  }

  private static <T> Gen<List<T>> listOf(Gen<T> gen, int min, int max) {
    return in -> {
      int n = Generate.range(min, max).generate(in);
      List<T> list = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        T t = gen.generate(in);
        if (!list.contains(t)) {
          list.add(t);
        }
      }
      return list;
    };
  }

  private static final Gen<RuleSpec> RULES =
      in -> new RuleSpec(
          listOf(Generate.enumValues(Network.class), 0, 2).generate(in),
          listOf(Generate.pick(CODES), 0, 2).generate(in),
          maybe(Generate.enumValues(LinkStatus.class)).generate(in),
          maybe(Generate.enumValues(EntryMode.class)).generate(in),
          Generate.pick(CAUSES).generate(in),
          Generate.enumValues(Category.class).generate(in),
          Generate.range(0, 4).generate(in) == 0);

  private static final Gen<OutcomeSpec> OUTCOMES =
      in -> new OutcomeSpec(
          Generate.enumValues(Network.class).generate(in),
          maybe(Generate.pick(CODES)).generate(in),
          maybe(Generate.enumValues(LinkStatus.class)).generate(in),
          maybe(Generate.enumValues(EntryMode.class)).generate(in),
          Generate.pick(java.util.Arrays.asList(null, "s-1", "s-2", STORE_X)).generate(in));

  private static RulePack pack(String id, Scope scope, List<RuleSpec> rules, @Nullable String store) throws Exception {
    List<Map<String, Object>> data = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      data.add(rules.get(i).toData(id + "-" + i, store));
    }
    Map<String, Object> pack = new LinkedHashMap<>();
    pack.put("schemaVersion", 1);
    pack.put("id", id);
    pack.put("version", "1");
    pack.put("scope", scope);
    pack.put("sources", List.of(Map.of("document", "generated by StorePackScopeTest", "edition", "1")));
    pack.put("rules", data);
    return RulePackReader.standard().read(id + ".json", JSON.writeValueAsBytes(pack));
  }

  /** Everything a user could notice of a diagnosis. */
  private static String seen(Diagnosis d) {
    return d.cause() + " " + d.category() + " " + d.findings() + " " + d.retry() + " " + d.steps() + " " + java.util.Arrays.stream(dev.posdx.core.diagnosis.Audience.values()).map(d::causeFor).toList()
        + " " + d.contactIssuer() + " " + d.networkDisplay();
  }

  @Test
  void aStorePackChangesNothingOutsideItsStore() {
    qt().withExamples(100)
        .forAll(listOf(RULES, 1, 8), listOf(RULES, 1, 8), listOf(RULES, 1, 6), listOf(OUTCOMES, 20, 40))
        .checkAssert((baseRules, networkRules, storeRules, outcomes) -> {
          try {
            RulePack base = pack("base", Scope.BASE, baseRules, null);
            RulePack network = pack("network", Scope.NETWORK, networkRules, null);
            RulePack store = pack("store-x", Scope.STORE, storeRules, STORE_X);
            Diagnoser without = RulePacks.of(base, network).diagnoser();
            Diagnoser with = RulePacks.of(base, network, store).diagnoser();
            for (OutcomeSpec spec : outcomes) {
              TransactionOutcome outcome = spec.toOutcome();
              Diagnosis after = with.diagnose(outcome);
              if (!STORE_X.equals(spec.store())) {
                assertThat(seen(after)).as("outside store X: %s", outcome).isEqualTo(seen(without.diagnose(outcome)));
              } else {
                Optional<String> storeRuleMatching = store.rules().stream()
                    .filter(r -> !r.then().supplementary() && r.when().stream().allMatch(m -> m.test(outcome)))
                    .map(r -> r.id()).findFirst();
                // Unless an invariant chose the primary (an approval stands, a risk finding decides).
                boolean invariant = after.roles().stream().anyMatch(r -> r.kind() == FindingRole.Kind.APPROVAL_STANDS || r.kind() == FindingRole.Kind.RISK_FIRST);
                storeRuleMatching.filter(id -> !invariant).ifPresent(id -> assertThat(after.primary().orElseThrow().source().packId())
                    .as("a matching store rule is the primary at store X: %s", outcome).isEqualTo("store-x"));
              }
            }
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }
}
