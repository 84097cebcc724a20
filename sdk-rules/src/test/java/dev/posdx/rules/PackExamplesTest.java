package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.posdx.core.rule.RulePack;
import dev.posdx.core.spi.RulePackProvider;
import dev.posdx.rules.RulePackException.Problem;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The one generic test over every pack on the class path, as libphonenumber checks every example
 * number: each pack loads, and each example reproduces against a diagnoser built from all of
 * them. Every failure is reported at once, not only the first.
 */
class PackExamplesTest {

  @Test
  void everyInstalledPackLoadsAndEveryExampleReproduces() {
    List<RulePackProvider> providers = ServiceLoader.load(RulePackProvider.class, getClass().getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .toList();

    RulePacks packs;
    try {
      packs = RulePacks.installed();
    } catch (RulePackException e) {
      fail("packs that do not load:\n" + e.getMessage());
      return;
    }

    // Discovery ran: the set holds exactly the packs of every registered provider (zero is allowed).
    int expected = providers.stream().mapToInt(p -> p.packs().size()).sum();
    assertThat(packs.size()).isEqualTo(expected);

    List<Problem> mismatches = packs.exampleMismatches();
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " examples do not reproduce:\n"
          + mismatches.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }
    int examples = packs.packs().stream().flatMap(p -> p.rules().stream()).mapToInt(r -> r.examples().size()).sum();
    System.out.printf("PackExamplesTest: %d packs, %d rules, %d examples reproduce (%s)%n",
        packs.size(), packs.packs().stream().mapToInt(p -> p.rules().size()).sum(), examples,
        packs.packs().stream().map(RulePack::id).collect(Collectors.joining(", ")));
  }
}
