package dev.posdx.cli.batch;

import com.google.common.collect.ImmutableList;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.Issuer;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.spi.IssuerDirectory;
import dev.posdx.examples.contract.RenderedGuidance;
import dev.posdx.examples.contract.LineError;
import dev.posdx.examples.contract.LineResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The aggregate of a batch run: counts by category, cause, store, issuer, network and hour, the
 * top causes with what to do, and the errors. Memory is bounded: each dimension keeps at most
 * {@value #MAX_KEYS} distinct keys, and only the first {@value #MAX_ERRORS} errors are kept in
 * full. Not thread-safe: feed it from one thread, then take a {@link #snapshot()}.
 */
public final class BatchReport implements Consumer<LineResult> {

  static final int MAX_KEYS = 10_000;
  static final int MAX_ERRORS = 100;
  static final int TOP_CAUSES = 10;

  /** The error-field key of errors about a line as a whole (bad bytes, malformed JSON). */
  static final String WHOLE_LINE = "(whole line)";

  /** The counts of one dimension, largest first. */
  public record Dimension(String name, List<Count> counts) {}

  /**
   * One of the most frequent causes and what to do about it, from its first occurrence.
   *
   * @param locale the language of {@code cashier}, {@code merchant} and the steps (a record may
   *     choose its own)
   */
  public record TopCause(
      String cause, String category, long count, Locale locale, String cashier, String merchant,
      List<RenderedGuidance.StepText> steps) {}

  /** Everything the JSON and HTML reports show. */
  public record Snapshot(
      String input,
      Locale locale,
      long lines,
      long diagnosed,
      long failed,
      List<Dimension> dimensions,
      long[] byHour,
      long hourUnknown,
      List<TopCause> topCauses,
      List<LineError> errors,
      List<Count> errorsByField) {}

  private final String input;
  private final Locale locale;
  private final Optional<IssuerDirectory> issuers;
  private final Tally category = new Tally(MAX_KEYS);
  private final Tally cause = new Tally(MAX_KEYS);
  private final Tally store = new Tally(MAX_KEYS);
  private final Tally issuer = new Tally(MAX_KEYS);
  private final Tally network = new Tally(MAX_KEYS);
  private final Tally errorFields = new Tally(MAX_KEYS);
  private final long[] byHour = new long[24];
  private long hourUnknown;
  private final Map<String, TopCause> firstOfCause = new HashMap<>();
  private final List<LineError> errors = new ArrayList<>();
  private long diagnosed;
  private long failed;

  /**
   * @param input the name of what was read, for the report's title
   * @param locale the language of the texts in the report (the cashier's)
   * @param issuers names the issuer of each card with a BIN, when the build has a directory
   */
  public BatchReport(String input, Locale locale, Optional<IssuerDirectory> issuers) {
    this.input = input;
    this.locale = locale;
    this.issuers = issuers;
  }

  @Override
  public void accept(LineResult result) {
    if (result instanceof LineResult.Diagnosed d) {
      diagnosed++;
      add(d.diagnosis(), d.guidance());
    } else {
      failed++;
      LineError error = ((LineResult.Failed) result).error();
      errorFields.add(error.field().orElse(WHOLE_LINE));
      if (errors.size() < MAX_ERRORS) {
        errors.add(error);
      }
    }
  }

  private void add(Diagnosis d, RenderedGuidance guidance) {
    TransactionOutcome o = d.outcome();
    category.add(d.category().name());
    cause.add(d.cause().id());
    store.add(o.merchant().storeId().orElse(Tally.UNKNOWN));
    issuer.add(issuerOf(d));
    network.add(o.network().name());
    if (o.time().isPresent()) {
      byHour[o.time().get().getHour()]++;
    } else {
      hourUnknown++;
    }
    if (!firstOfCause.containsKey(d.cause().id()) && firstOfCause.size() < MAX_KEYS) {
      List<RenderedGuidance.StepText> steps = guidance.steps().stream()
          .filter(s -> s.audience() == Audience.CASHIER || s.audience() == Audience.MERCHANT)
          .collect(ImmutableList.toImmutableList());
      firstOfCause.put(d.cause().id(),
          new TopCause(d.cause().id(), d.category().name(), 0, guidance.cashierLocale(), guidance.cashier(),
              guidance.merchant(), steps));
    }
  }

  private String issuerOf(Diagnosis d) {
    if (d.issuer().isPresent()) {
      return d.issuer().get().name();
    }
    if (issuers.isPresent() && d.outcome().pan().isPresent()) {
      try {
        return issuers.get().lookup(d.outcome().pan().get()).map(Issuer::name)
            .orElse("BIN " + d.outcome().pan().get().bin());
      } catch (RuntimeException e) {
        return Tally.UNKNOWN;
      }
    }
    return d.outcome().pan().map(p -> "BIN " + p.bin()).orElse(Tally.UNKNOWN);
  }

  public long lines() {
    return diagnosed + failed;
  }

  public Snapshot snapshot() {
    List<Dimension> dimensions = List.of(
        new Dimension("category", category.ranked()),
        new Dimension("cause", cause.ranked()),
        new Dimension("store", store.ranked()),
        new Dimension("issuer", issuer.ranked()),
        new Dimension("network", network.ranked()));
    List<TopCause> top = new ArrayList<>();
    for (Count e : cause.ranked()) {
      if (top.size() == TOP_CAUSES) {
        break;
      }
      TopCause first = firstOfCause.get(e.key());
      if (first != null) {
        top.add(new TopCause(first.cause(), first.category(), e.count(), first.locale(), first.cashier(), first.merchant(),
            first.steps()));
      }
    }
    return new Snapshot(input, locale, diagnosed + failed, diagnosed, failed, dimensions, byHour.clone(),
        hourUnknown, ImmutableList.copyOf(top), ImmutableList.copyOf(errors), errorFields.ranked());
  }
}
