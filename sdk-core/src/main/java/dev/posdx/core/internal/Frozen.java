package dev.posdx.core.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable copies in input order, for the model's values: what Guava's {@code Immutable*}
 * gave them (the same order, equality, text, null-hostile copying with Guava's messages, {@code
 * contains(null)} false), built from JDK classes that are mostly in the JVM's shared archive
 * already, so that no Guava class is loaded at start-up. Every mutator throws, even one that would
 * change nothing (Guava's Android flavour let a no-op {@code removeIf} or {@code putIfAbsent}
 * pass). Not {@code List.copyOf}/{@code Set.copyOf}/{@code Map.copyOf}: those throw on {@code
 * contains(null)}, and the last two iterate in no fixed order.
 */
public final class Frozen {

  private static final List<?> EMPTY_LIST = Collections.unmodifiableList(Arrays.asList());
  private static final Set<?> EMPTY_SET = Collections.unmodifiableSet(new LinkedHashSet<>(0));
  private static final Map<?, ?> EMPTY_MAP = Collections.unmodifiableMap(new LinkedHashMap<>(0));

  private Frozen() {}

  /**
   * {@return an unmodifiable copy of {@code elements}, in their order}
   *
   * @param elements the elements; none null
   * @throws NullPointerException "at index i" for the first null element
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> list(Collection<? extends E> elements) {
    Object[] copy = nonNull(elements.toArray());
    return copy.length == 0 ? (List<E>) EMPTY_LIST : Collections.unmodifiableList((List<E>) Arrays.asList(copy));
  }

  private static Object[] nonNull(Object[] copy) {
    for (int i = 0; i < copy.length; i++) {
      if (copy[i] == null) {
        throw new NullPointerException("at index " + i);
      }
    }
    return copy;
  }

  /**
   * {@return an unmodifiable copy of {@code elements}, sorted stably by {@code order}}
   *
   * @param elements the elements; none null
   * @param order the order to sort them in
   * @throws NullPointerException "at index i" for the first null element
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> sortedList(Collection<? extends E> elements, Comparator<? super E> order) {
    Object[] copy = nonNull(elements.toArray());
    Arrays.sort(copy, (Comparator<Object>) order);
    return copy.length == 0 ? (List<E>) EMPTY_LIST : Collections.unmodifiableList((List<E>) Arrays.asList(copy));
  }

  /**
   * {@return an unmodifiable list of these elements, in this order}
   *
   * @param elements the elements; none null
   * @throws NullPointerException "at index i" for the first null element
   */
  @SafeVarargs
  public static <E> List<E> listOf(E... elements) {
    return list(Arrays.asList(elements));
  }

  /**
   * {@return an unmodifiable copy of {@code elements} without repeats, in first-seen order}
   *
   * @param elements the elements; none null
   * @throws NullPointerException "at index i" for the first null element
   */
  @SuppressWarnings("unchecked")
  public static <E> Set<E> set(Collection<? extends E> elements) {
    if (elements.isEmpty()) {
      return (Set<E>) EMPTY_SET;
    }
    Set<E> copy = new LinkedHashSet<>(elements.size() * 4 / 3 + 1);
    int i = 0;
    for (E e : elements) {
      if (e == null) {
        throw new NullPointerException("at index " + i);
      }
      copy.add(e);
      i++;
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * {@return an unmodifiable copy of {@code elements}, in the enum's declaration order}
   *
   * @param type the enum
   * @param elements the elements; none null
   * @throws NullPointerException for a null element
   */
  public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> elements) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    copy.addAll(elements);
    return Collections.unmodifiableSet(copy);
  }

  /**
   * {@return an unmodifiable copy of {@code entries}, in their order}
   *
   * @param entries the entries; no null key or value
   * @throws NullPointerException "null key in entry: null=v" or "null value in entry: k=null"
   */
  @SuppressWarnings("unchecked")
  public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> entries) {
    if (entries.isEmpty()) {
      return (Map<K, V>) EMPTY_MAP;
    }
    Map<K, V> copy = new LinkedHashMap<>(entries.size() * 4 / 3 + 1);
    for (Map.Entry<? extends K, ? extends V> e : entries.entrySet()) {
      K key = e.getKey();
      V value = e.getValue();
      if (key == null) {
        throw new NullPointerException("null key in entry: null=" + value);
      }
      if (value == null) {
        throw new NullPointerException("null value in entry: " + key + "=null");
      }
      copy.put(key, value);
    }
    return Collections.unmodifiableMap(copy);
  }

  /** {@return an unmodifiable empty map} */
  @SuppressWarnings("unchecked")
  public static <K, V> Map<K, V> emptyMap() {
    return (Map<K, V>) EMPTY_MAP;
  }

  /** {@return an unmodifiable empty list} */
  @SuppressWarnings("unchecked")
  public static <E> List<E> emptyList() {
    return (List<E>) EMPTY_LIST;
  }
}
