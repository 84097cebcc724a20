package dev.posdx.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Guidance#steps()} is held in a {@link TextList}, not Guava's ImmutableList, and behaves as
 * that did for every generated list: the same elements, equals, hash code and string form as any
 * list of them, {@code contains(null)} false, every mutator refused, and a null step refused.
 */
class TextListTest {

  private static final List<String> WORDS = List.of("", "a", "卡", "step one", "请联系发卡行。", "a");

  @Test
  void aTextListIsTheListOfItsTextsInEveryRespectAUserCanSee() {
    qt().withFixedSeed(20261206L).withExamples(2_000)
        .forAll(lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(0, 8), integers().between(0, WORDS.size() - 1))
        .checkAssert((picks, probe) -> {
          List<String> expected = new ArrayList<>();
          picks.forEach(i -> expected.add(WORDS.get(i)));
          List<String> list = TextList.copyOf(expected);
          assertThat(list).isEqualTo(expected).containsExactlyElementsOf(expected);
          assertThat(expected).isEqualTo(list);
          assertThat(list.hashCode()).isEqualTo(expected.hashCode());
          assertThat(list).hasToString(expected.toString());
          assertThat(list.contains(WORDS.get(probe))).isEqualTo(expected.contains(WORDS.get(probe)));
          assertThat(list.indexOf(WORDS.get(probe))).isEqualTo(expected.indexOf(WORDS.get(probe)));
          assertThat(list.contains(null)).isFalse();
          assertThat(TextList.copyOf(list)).isSameAs(list);
          assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
          assertThatThrownBy(() -> list.clear()).isInstanceOf(UnsupportedOperationException.class);
          assertThatThrownBy(() -> list.addAll(List.of())).isInstanceOf(UnsupportedOperationException.class);
          assertThatThrownBy(() -> list.removeIf(t -> false)).isInstanceOf(UnsupportedOperationException.class);
          assertThatThrownBy(() -> list.sort(null)).isInstanceOf(UnsupportedOperationException.class);
          if (!list.isEmpty()) {
            assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
            Iterator<String> it = list.iterator();
            it.next();
            assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
          }
          // The texts are copied: changing the list given afterwards changes nothing.
          expected.add("later");
          assertThat(list).doesNotContain("later");
        });
  }

  @Test
  void aNullStepIsRefused() {
    assertThatThrownBy(() -> TextList.copyOf(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("index 1");
    assertThat(TextList.copyOf(Collections.emptyList())).isEmpty();
  }
}
