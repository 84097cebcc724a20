package dev.posdx.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Cause;
import dev.posdx.core.diagnosis.Confidence;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.outcome.MerchantContext;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TerminalState;
import dev.posdx.core.outcome.TransactionOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleModelTest {

  private static final Conclusion REFER = Conclusion.of(Cause.of("issuer.refer"), Category.ISSUER, Confidence.CERTAIN, RetryAdvice.never(), true);

  @Test
  void aRuleWithoutMatchersWouldMatchEverythingAndIsRefused() {
    assertThatThrownBy(() -> new Rule("all", List.of(), REFER, List.of())).hasMessageContaining("no matchers");
  }

  @Test
  void aRuleMayNotAskTheSameQuestionTwice() {
    assertThatThrownBy(() -> new Rule("twice", List.of(Matcher.ResponseCodeIn.of("01"), Matcher.ResponseCodeIn.of("02")), REFER, List.of()))
        .hasMessageContaining("two responseCode matchers");
  }

  @Test
  void aPackMustCiteASourceAndHaveUniqueRuleIds() {
    Rule r = new Rule("r1", List.of(Matcher.ResponseCodeIn.of("01")), REFER, List.of());
    assertThatThrownBy(() -> RulePack.of("p", "1", Scope.BASE, List.of(), List.of(r), "p.yaml")).hasMessageContaining("cite at least one source");
    assertThatThrownBy(() -> RulePack.of("p", "1", Scope.BASE, List.of(new PackSource("doc", "2025")), List.of(r, r), "p.yaml"))
        .hasMessageContaining("two rules with id r1")
        .hasMessageContaining("p.yaml")
        .hasMessageContaining("#1 and #2");
  }

  @Test
  void timeWindowsWrapPastMidnight() {
    Matcher night = new Matcher.LocalTimeBetween(LocalTime.of(23, 0), LocalTime.of(1, 0));
    assertThat(night.test(at("2026-02-17T23:30:00+08:00[Asia/Shanghai]"))).isTrue();
    assertThat(night.test(at("2026-02-17T00:30:00+08:00[Asia/Shanghai]"))).isTrue();
    assertThat(night.test(at("2026-02-17T12:00:00+08:00[Asia/Shanghai]"))).isFalse();
    assertThat(night.test(TransactionOutcome.builder(Network.UNIONPAY).build())).isFalse();
  }

  @Test
  void dateRangesAreInclusive() {
    Matcher festival = new Matcher.DateIn(List.of(new Matcher.DateRange(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23), "Spring Festival 2026")));
    assertThat(festival.test(at("2026-02-15T08:00:00+08:00[Asia/Shanghai]"))).isTrue();
    assertThat(festival.test(at("2026-02-23T23:59:00+08:00[Asia/Shanghai]"))).isTrue();
    assertThat(festival.test(at("2026-02-24T00:00:00+08:00[Asia/Shanghai]"))).isFalse();
    assertThat(festival.condition()).contains("Spring Festival 2026");
  }

  @Test
  void expiryIsJudgedAgainstTheTransactionMonth() {
    Matcher expired = new Matcher.CardExpired(true);
    TransactionOutcome lastValidMonth = TransactionOutcome.builder(Network.VISA).cardExpiry(YearMonth.of(2026, 2)).time(ZonedDateTime.parse("2026-02-28T10:00:00+08:00[Asia/Shanghai]")).build();
    TransactionOutcome nextMonth = TransactionOutcome.builder(Network.VISA).cardExpiry(YearMonth.of(2026, 1)).time(ZonedDateTime.parse("2026-02-01T10:00:00+08:00[Asia/Shanghai]")).build();
    assertThat(expired.test(lastValidMonth)).isFalse();
    assertThat(expired.test(nextMonth)).isTrue();
  }

  @Test
  void unknownFieldsNeverMatch() {
    TransactionOutcome nothing = TransactionOutcome.builder(Network.VISA).build();
    assertThat(new Matcher.OriginalStoreDiffers(false).test(nothing)).isFalse();
    assertThat(new Matcher.CrossBorder(false).test(nothing)).isFalse();
    assertThat(new Matcher.ClockSkewAtLeast(Duration.ofMinutes(5)).test(nothing)).isFalse();
    TransactionOutcome skewed = TransactionOutcome.builder(Network.VISA).terminal(TerminalState.builder().clockSkew(Duration.ofMinutes(-6)).build()).build();
    assertThat(new Matcher.ClockSkewAtLeast(Duration.ofMinutes(5)).test(skewed)).isTrue();
    TransactionOutcome crossStore = TransactionOutcome.builder(Network.VISA).merchant(MerchantContext.builder().storeId("s1").originalStoreId("s2").build()).build();
    assertThat(new Matcher.OriginalStoreDiffers(true).test(crossStore)).isTrue();
  }

  private static TransactionOutcome at(String time) {
    return TransactionOutcome.builder(Network.UNIONPAY).time(ZonedDateTime.parse(time)).build();
  }
}
