package dev.posdx.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path for the common time shape reads exactly what the ISO 8601 parser reads, or steps aside. */
class OffsetTimesTest {

  @Test
  void aTimeInTheCommonShapeIsWhatTheIsoParserReadsAndAnythingElseIsLeftToIt() {
    qt().withExamples(50_000).forAll(longs().all()).checkAssert(seed -> {
      String text = time(new Random(seed));
      ZonedDateTime fast = OffsetTimes.parseCommon(text);
      ZonedDateTime iso;
      try {
        iso = ZonedDateTime.parse(text);
      } catch (DateTimeParseException e) {
        iso = null;
      }
      if (fast != null) {
        assertThat(fast).as(text).isEqualTo(iso);
        assertThat(fast.getZone()).as(text).isEqualTo(iso.getZone());
      }
      if (iso != null && (text.length() == 25 || text.length() == 20)) {
        assertThat(fast).as("%s is in the common shape", text).isNotNull();
      }
    });
  }

  @Test
  void theShapesLogsWriteTakeTheFastPath() {
    assertThat(OffsetTimes.parseCommon("2026-02-15T12:30:00+08:00")).isEqualTo(ZonedDateTime.parse("2026-02-15T12:30:00+08:00"));
    assertThat(OffsetTimes.parseCommon("2026-12-31T23:59:59Z")).isEqualTo(ZonedDateTime.parse("2026-12-31T23:59:59Z"));
    assertThat(OffsetTimes.parseCommon("2026-02-15T12:30+08:00")).isNull();
    assertThat(OffsetTimes.parseCommon("2026-02-30T12:30:00+08:00")).isNull();
  }

  // Mostly the common shape with fields in and out of range, sometimes a character changed.
  private static String time(Random r) {
    String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d",
        r.nextInt(10_000), r.nextInt(14), r.nextInt(33), r.nextInt(26), r.nextInt(62), r.nextInt(62));
    text += switch (r.nextInt(4)) {
      case 0 -> "Z";
      case 1 -> String.format(java.util.Locale.ROOT, "+%02d:%02d", r.nextInt(20), r.nextInt(62));
      case 2 -> String.format(java.util.Locale.ROOT, "-%02d:%02d", r.nextInt(20), r.nextInt(62));
      default -> "+08:00[Asia/Shanghai]";
    };
    if (r.nextInt(8) == 0) {
      char[] chars = text.toCharArray();
      chars[r.nextInt(chars.length)] = "0Z:+-T x9".charAt(r.nextInt(9));
      text = new String(chars);
    }
    return text;
  }
}
