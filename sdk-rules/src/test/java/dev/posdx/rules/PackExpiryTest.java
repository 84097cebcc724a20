package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.posdx.core.rule.PackSource;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PackExpiryTest {

  // The calendar packs' dates are China's; read the clock there, as a build machine anywhere would.
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static RulePack until(Optional<LocalDate> validUntil) {
    return RulePack.builder("cal", "1", Scope.BASE, "cal.yaml").sources(List.of(new PackSource("test", "1"))).validUntil(validUntil).build();
  }

  /**
   * Warns {@value PackExpiry#DEFAULT_WARN_DAYS} days before a built-in pack's validUntil (the test
   * is reported as skipped with the warning, naming the pack), and fails once the day has passed:
   * renew the data while there is time, and never ship a pack past its end unnoticed.
   */
  @Test
  void noBuiltInPackHasPassedItsValidUntilAndNoneIsCloseUnwarned() {
    LocalDate today = LocalDate.now(CHINA);
    List<RulePack> packs = RulePacks.installed().packs();
    List<String> passed =
        packs.stream().filter(p -> p.expiredOn(today)).flatMap(p -> PackExpiry.warning(p, today, 0).stream()).collect(Collectors.toList());
    assertThat(passed).as("built-in packs past their validUntil on %s", today).isEmpty();
    List<String> near =
        packs.stream().flatMap(p -> PackExpiry.warning(p, today, PackExpiry.DEFAULT_WARN_DAYS).stream()).collect(Collectors.toList());
    assumeTrue(near.isEmpty(), () -> "WARNING: " + String.join("; ", near));
  }

  @Test
  void theCalendarPackSaysWhenItsDataEnds() {
    assertThat(RulePacks.installed().packs())
        .filteredOn(p -> p.id().equals("cn-calendar"))
        .singleElement()
        .satisfies(p -> assertThat(p.validUntil()).contains(LocalDate.of(2026, 12, 31)));
  }

  @Test
  void warnsFromTheWindowOnAndAfterTheDayNotBefore() {
    RulePack pack = until(Optional.of(LocalDate.of(2026, 12, 31)));
    assertThat(PackExpiry.warning(pack, LocalDate.of(2026, 10, 31), 60)).isEmpty();
    assertThat(PackExpiry.warning(pack, LocalDate.of(2026, 11, 1), 60)).hasValueSatisfying(w -> assertThat(w).contains("validUntil 2026-12-31 is 60 days away"));
    assertThat(PackExpiry.warning(pack, LocalDate.of(2026, 12, 31), 60)).hasValueSatisfying(w -> assertThat(w).contains("is today"));
    assertThat(PackExpiry.warning(pack, LocalDate.of(2027, 1, 1), 60))
        .hasValueSatisfying(w -> assertThat(w).contains("pack cal 1 (cal.yaml)").contains("passed 1 day ago"));
    assertThat(PackExpiry.warning(until(Optional.empty()), LocalDate.of(2100, 1, 1), 60)).isEmpty();
  }

  @Test
  void aPackIsExpiredOnlyAfterItsLastDay() {
    RulePack pack = until(Optional.of(LocalDate.of(2026, 12, 31)));
    assertThat(pack.expiredOn(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(pack.expiredOn(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(until(Optional.empty()).expiredOn(LocalDate.of(2100, 1, 1))).isFalse();
  }
}
