package dev.posdx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.diagnosis.Step;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What users build goes through factories and builders; what only the engine builds has no way in. */
class ModelBuildersTest {

  private static final Cause REFER = Cause.of("issuer.refer");
  private static final PackSource SOURCE = new PackSource("posdx core tests", "2026-12-06");

  @Test
  void noPublicConstructorOnDiagnosisConclusionOrRulePack() {
    for (Class<?> type : List.of(Diagnosis.class, Conclusion.class, RulePack.class)) {
      assertThat(type.getConstructors()).as(type.getSimpleName()).isEmpty();
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue();
    }
  }

  @Test
  void aConclusionKeepsEveryPartItWasBuiltWithAndEqualsOneBuiltAlike() {
    // Every combination of the optional parts, each compared with a second build and with its neighbours.
    List<Conclusion> built = new ArrayList<>();
    for (int bits = 0; bits < 32; bits++) {
      boolean contact = (bits & 1) != 0;
      List<Step> steps = (bits & 2) != 0 ? List.of(Step.of(Audience.CARDHOLDER, "call-issuer")) : List.of();
      Set<Audience> withheld = (bits & 4) != 0 ? EnumSet.of(Audience.MERCHANT) : Set.of();
      boolean supplementary = (bits & 8) != 0;
      Map<String, String> display = (bits & 16) != 0 ? Map.of("zh-Hans", "请联系发卡行") : Map.of();
      Conclusion c = conclusion(contact, steps, withheld, supplementary, display);
      assertThat(c.cause()).isEqualTo(REFER);
      assertThat(c.category()).isEqualTo(Category.ISSUER);
      assertThat(c.confidence()).isEqualTo(Confidence.CERTAIN);
      assertThat(c.retry()).isEqualTo(RetryAdvice.never());
      assertThat(c.contactIssuer()).isEqualTo(contact);
      assertThat(c.steps()).isEqualTo(steps);
      assertThat(c.withheldFrom()).isEqualTo(withheld);
      assertThat(c.supplementary()).isEqualTo(supplementary);
      assertThat(c.networkDisplay()).isEqualTo(display);
      Conclusion again = conclusion(contact, steps, withheld, supplementary, display);
      assertThat(c).isEqualTo(again).hasSameHashCodeAs(again);
      built.add(c);
    }
    assertThat(Set.copyOf(built)).as("one distinct conclusion per combination").hasSize(32);
  }

  @Test
  void ofIsTheBuilderWithOnlyTheRequiredParts() {
    assertThat(Conclusion.of(REFER, Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never(), true))
        .isEqualTo(Conclusion.builder(REFER, Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never()).contactIssuer(true).build());
  }

  @Test
  void aPartSetTwiceIsRefusedNamingIt() {
    assertThatThrownBy(() -> Conclusion.builder(REFER, Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never()).steps(List.of()).steps(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("conclusion issuer.refer: steps was already set");
    assertThatThrownBy(() -> RulePack.builder("p", "1", Scope.BASE, "p.yaml").retryLimits(List.of()).retryLimits(List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("pack p: retry limits was already set");
  }

  @Test
  void aPackBuiltWithoutASourceIsRefusedLikeOneMadeByOf() {
    assertThatThrownBy(() -> RulePack.builder("p", "1", Scope.BASE, "p.yaml").build()).hasMessageContaining("pack p must cite at least one source");
  }

  @Test
  void aPackKeepsItsPartsAndEqualsOneBuiltAlike() {
    Rule rule = new Rule("r1", List.of(Matcher.ResponseCodeIn.of("01")), Conclusion.of(REFER, Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never(), true), List.of());
    RulePack pack = pack(rule);
    assertThat(pack.id()).isEqualTo("cal");
    assertThat(pack.version()).isEqualTo("2026.1");
    assertThat(pack.scope()).isEqualTo(Scope.BASE);
    assertThat(pack.origin()).isEqualTo("cal.yaml");
    assertThat(pack.sources()).containsExactly(SOURCE);
    assertThat(pack.rules()).containsExactly(rule);
    assertThat(pack.retryLimits()).isEmpty();
    assertThat(pack.validUntil()).contains(LocalDate.of(2026, 12, 31));
    assertThat(pack).isEqualTo(pack(rule)).hasSameHashCodeAs(pack(rule));
    assertThat(pack).isNotEqualTo(RulePack.builder("cal", "2026.1", Scope.BASE, "cal.yaml").sources(List.of(SOURCE)).rules(List.of(rule)).build());
  }

  private static RulePack pack(Rule rule) {
    return RulePack.builder("cal", "2026.1", Scope.BASE, "cal.yaml")
        .sources(List.of(SOURCE))
        .rules(List.of(rule))
        .validUntil(Optional.of(LocalDate.of(2026, 12, 31)))
        .build();
  }

  private static Conclusion conclusion(
      boolean contact, List<Step> steps, Set<Audience> withheld, boolean supplementary, Map<String, String> display) {
    return Conclusion.builder(REFER, Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never())
        .contactIssuer(contact)
        .steps(steps)
        .withheldFrom(withheld)
        .supplementary(supplementary)
        .networkDisplay(display)
        .build();
  }
}
