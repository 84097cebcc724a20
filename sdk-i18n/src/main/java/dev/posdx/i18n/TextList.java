package dev.posdx.i18n;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of texts over an array: what {@link Guidance} holds its steps in. Not Guava's
 * ImmutableList (its classes cost start-up time) and not {@code List.copyOf} ({@code contains(null)}
 * throws there); a copy of one is itself, so a render copies no list. Equals, hash code and
 * string form are those of every {@link List}.
 */
final class TextList extends AbstractList<String> implements RandomAccess {

  private static final TextList EMPTY = new TextList(new String[0]);

  private final String[] texts;

  private TextList(String[] texts) {
    this.texts = texts;
  }

  /** The texts, which the list takes without a copy: the caller never changes the array again. */
  static TextList owning(String[] texts) {
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] == null) {
        throw new NullPointerException("text at index " + i + " is null");
      }
    }
    return texts.length == 0 ? EMPTY : new TextList(texts);
  }

  /** {@return the texts, copied unless they already are such a list} */
  static TextList copyOf(Collection<String> texts) {
    return texts instanceof TextList list ? list : owning(texts.toArray(new String[0]));
  }

  @Override
  public String get(int index) {
    return texts[index];
  }

  @Override
  public int size() {
    return texts.length;
  }

  // Every mutator throws, even when it would change nothing, as Guava's did.
  @Override
  public boolean add(String text) {
    throw refused();
  }

  @Override
  public boolean addAll(Collection<? extends String> more) {
    throw refused();
  }

  @Override
  public boolean remove(@Nullable Object text) {
    throw refused();
  }

  @Override
  public boolean removeAll(Collection<?> some) {
    throw refused();
  }

  @Override
  public boolean retainAll(Collection<?> some) {
    throw refused();
  }

  @Override
  public boolean removeIf(Predicate<? super String> filter) {
    throw refused();
  }

  @Override
  public void replaceAll(UnaryOperator<String> operator) {
    throw refused();
  }

  @Override
  public void sort(@Nullable Comparator<? super String> order) {
    throw refused();
  }

  @Override
  public void clear() {
    throw refused();
  }

  private static UnsupportedOperationException refused() {
    return new UnsupportedOperationException("the steps of a Guidance cannot be changed");
  }
}
