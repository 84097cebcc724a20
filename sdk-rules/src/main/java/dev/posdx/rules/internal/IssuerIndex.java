package dev.posdx.rules.internal;

import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.rules.RulePackException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An issuer table compiled for lookup: every listed prefix as one {@code long} key in a sorted
 * array, searched in place, and the answer to each key's issuer made once. A lookup allocates
 * nothing. The build writes the shipped table's index ({@link CompiledForm}, kind issuers), so
 * start-up reads sorted numbers instead of parsing 1,709 rows. It answers exactly as
 * {@link IssuerTableSource#resolve} does. Immutable and thread-safe.
 */
public final class IssuerIndex {

  /** The shipped issuer table's compiled form. */
  public static final String BUILT_IN = CompiledForm.BUILT_IN_DIRECTORY + "cn-issuers.bin";

  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
      1_000_000_000L, 10_000_000_000L};
  private static final Optional<Issuer> UNKNOWN = Optional.empty();

  private final long[] keys;
  private final int[] issuerOf;
  // Runs of six to nine leading digits that longer prefixes of other banks extend: they cannot tell.
  private final long[] undecided;
  private final Optional<Issuer>[] answers;
  private final int shortest;
  private final String origin;

  private IssuerIndex(long[] keys, int[] issuerOf, long[] undecided, Optional<Issuer>[] answers, int shortest, String origin) {
    this.keys = keys;
    this.issuerOf = issuerOf;
    this.undecided = undecided;
    this.answers = answers;
    this.shortest = shortest;
    this.origin = origin;
  }

  /**
   * The key of a run of {@code count} leading digits whose value is {@code value}, listed for
   * cards of {@code panLength} digits: ordered by card length, then by digit count, then by value.
   */
  static long key(long value, int count, int panLength) {
    return ((long) panLength * 16 + count) * POWERS[IssuerTableSource.MAX_DIGITS] + value;
  }

  /** Compiles a table read from its source; the build does this for the shipped one. */
  public static IssuerIndex of(IssuerTableSource source) {
    Map<Issuer, Integer> issuers = new LinkedHashMap<>();
    // Sorted by key: the order the lookup's binary search needs.
    TreeMap<Long, Integer> issuerByKey = new TreeMap<>();
    for (IssuerTableSource.Row row : source.rows()) {
      Integer index = issuers.get(row.issuer());
      if (index == null) {
        index = issuers.size();
        issuers.put(row.issuer(), index);
      }
      issuerByKey.put(key(Long.parseLong(row.prefix()), row.prefix().length(), row.panLength()), index);
    }
    long[] keys = new long[issuerByKey.size()];
    int[] issuerOf = new int[keys.length];
    int i = 0;
    for (Map.Entry<Long, Integer> e : issuerByKey.entrySet()) {
      keys[i] = e.getKey();
      issuerOf[i] = e.getValue();
      i++;
    }
    List<Long> undecided = new ArrayList<>();
    for (IssuerTableSource.BinKey run : source.extended()) {
      if (source.resolve(run.prefix(), run.panLength()).isEmpty()) {
        undecided.add(key(Long.parseLong(run.prefix()), run.prefix().length(), run.panLength()));
      }
    }
    long[] sortedUndecided = new long[undecided.size()];
    for (int u = 0; u < sortedUndecided.length; u++) {
      sortedUndecided[u] = undecided.get(u);
    }
    Arrays.sort(sortedUndecided);
    return new IssuerIndex(keys, issuerOf, sortedUndecided, answers(new ArrayList<>(issuers.keySet())), source.shortest(), source.origin());
  }

  @SuppressWarnings("unchecked") // an array of one generic type, filled here
  private static Optional<Issuer>[] answers(List<Issuer> issuers) {
    Optional<Issuer>[] answers = new Optional[issuers.size()];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = Optional.of(issuers.get(i));
    }
    return answers;
  }

  /** The shipped table's index, read from its compiled form. */
  public static IssuerIndex builtIn() {
    return read(BUILT_IN, BuiltInPackProvider.bytes(IssuerIndex.class, BUILT_IN));
  }

  /**
   * The index held by {@code bytes}.
   *
   * @throws RulePackException MALFORMED with the resource and byte offset when the bytes are not a
   *     whole, uncorrupted compiled issuer table of this format version
   */
  public static IssuerIndex read(String resource, byte[] bytes) {
    CompiledInput in = new CompiledInput(resource, bytes, CompiledForm.KIND_ISSUERS);
    IssuerIndex index;
    try {
      index = read(in);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException | ArithmeticException e) {
      throw in.corrupt(in.offset(), "holds a value the model refuses: " + e.getMessage());
    }
    in.finish();
    return index;
  }

  private static IssuerIndex read(CompiledInput in) {
    String origin = in.string();
    int shortest = in.u8();
    if (shortest < 1 || shortest > IssuerTableSource.KNOWN_DIGITS) {
      throw in.corrupt(in.offset() - 1, "holds a shortest prefix of " + shortest + " digits, not 1-6");
    }
    int issuerCount = in.count();
    List<Issuer> issuers = new ArrayList<>(issuerCount);
    for (int i = 0; i < issuerCount; i++) {
      String id = in.string();
      String name = in.string();
      issuers.add(new Issuer(id, name, in.bool() ? Optional.of(in.string()) : Optional.empty()));
    }
    long[] keys = keys(in);
    int[] issuerOf = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int start = in.offset();
      issuerOf[i] = in.varint();
      if (issuerOf[i] >= issuerCount) {
        throw in.corrupt(start, "refers to issuer " + issuerOf[i] + " of " + issuerCount);
      }
    }
    return new IssuerIndex(keys, issuerOf, keys(in), answers(issuers), shortest, origin);
  }

  // Strictly increasing and within the key space, or the binary search would silently miss.
  private static long[] keys(CompiledInput in) {
    long[] keys = new long[in.count()];
    long previous = -1;
    for (int i = 0; i < keys.length; i++) {
      int start = in.offset();
      long key = in.int64();
      if (key <= previous || key >= key(0, 0, 20)) {
        throw in.corrupt(start, "holds issuer key " + key + " out of order or out of range");
      }
      keys[i] = key;
      previous = key;
    }
    return keys;
  }

  /** The compiled form of this index. Build-time. */
  @BuildTimeOnly
  public byte[] write() {
    CompiledOutput out = new CompiledOutput();
    out.string(origin);
    out.u8(shortest);
    out.varint(answers.length);
    for (Optional<Issuer> answer : answers) {
      Issuer issuer = answer.orElseThrow();
      out.string(issuer.id());
      out.string(issuer.name());
      out.bool(issuer.hotline().isPresent());
      issuer.hotline().ifPresent(out::string);
    }
    out.varint(keys.length);
    for (long key : keys) {
      out.int64(key);
    }
    for (int issuer : issuerOf) {
      out.varint(issuer);
    }
    out.varint(undecided.length);
    for (long key : undecided) {
      out.int64(key);
    }
    return out.finish(CompiledForm.KIND_ISSUERS);
  }

  /**
   * The issuer of cards of {@code panLength} digits that start with {@code digits}: the longest
   * listed prefix, unless longer prefixes of another bank extend these digits. Allocates nothing.
   *
   * @param digits 6-10 ASCII digits, which the caller has checked
   */
  public Optional<Issuer> lookup(CharSequence digits, int panLength) {
    int count = digits.length();
    long value = 0;
    for (int i = 0; i < count; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    if (Arrays.binarySearch(undecided, key(value, count, panLength)) >= 0) {
      return UNKNOWN;
    }
    for (int length = count; length >= shortest; length--) {
      int at = Arrays.binarySearch(keys, key(value / POWERS[count - length], length, panLength));
      if (at >= 0) {
        return answers[issuerOf[at]];
      }
    }
    return UNKNOWN;
  }

  /** {@return how many prefix and length pairs the table lists} */
  public int rows() {
    return keys.length;
  }

  /** {@return what names the table's source, such as its file} */
  public String origin() {
    return origin;
  }
}
