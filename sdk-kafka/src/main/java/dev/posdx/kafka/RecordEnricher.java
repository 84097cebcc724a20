package dev.posdx.kafka;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.MaskedPan;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.PanFormatException;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.RetryLimit;
import dev.posdx.core.rule.RulePack;
import dev.posdx.examples.contract.DiagnosisPipeline;
import dev.posdx.examples.contract.DiagnosisWriter;
import dev.posdx.examples.contract.GuidanceTexts;
import dev.posdx.examples.contract.LineError;
import dev.posdx.examples.contract.LineResult;
import dev.posdx.examples.contract.PanRedactor;
import dev.posdx.rules.SwappableDiagnoser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One authorization record in the JSON-lines contract to one {@link EnrichedRecord}, counting the
 * card's declined tries at the merchant in a {@link ReattemptLedger} and giving that count to the
 * engine as {@code cardAttemptsInWindow}, so that advice past the scheme's reattempt cap becomes
 * {@code NEVER}. Works in two steps so that Kafka Streams can repartition between them by ledger
 * key: {@link #prepare} reads the full card number (the only place it is read), keys and masks
 * the record; {@link #enrich(PreparedRecord, Instant, ReattemptLedger)} counts, diagnoses on the
 * current pack set and renders. {@link #enrich(byte[], Instant)} does both for a single JVM.
 * Thread-safe when its ledger is.
 *
 * <p>A try counts when the host answered with a response code and the answer was not an approval;
 * a payment that never reached the host is no try at the scheme. A record without a full card
 * number or without {@code merchant.merchantId} cannot be keyed: it is diagnosed without a count.
 *
 * @since 0.1
 */
public final class RecordEnricher {

  // A record parses here exactly when it parses as a line of the JSON-lines contract.
  private static final ObjectMapper JSON = DiagnosisPipeline.lineMapper();

  private static final String ATTEMPTS_FIELD = "cardAttemptsInWindow";

  private final SwappableDiagnoser diagnoser;
  private final DiagnosisPipeline reader;
  private final GuidanceTexts texts;
  private final Optional<LedgerKeys> keys;
  private final ReattemptLedger ledger;

  private RecordEnricher(
      SwappableDiagnoser diagnoser, GuidanceTexts texts, Locale locale, boolean lenient,
      Optional<LedgerKeys> keys, ReattemptLedger ledger) {
    this.diagnoser = diagnoser;
    // Only its reader is used (locale field, contract errors): diagnoses run on the live set.
    this.reader = new DiagnosisPipeline(diagnoser.diagnoser(), lenient, texts, locale);
    this.texts = texts;
    this.keys = keys;
    this.ledger = ledger;
  }

  /**
   * An enricher on a live pack set, counting with {@code ledger} under {@code keys}.
   *
   * @param diagnoser the live pack set
   * @param texts the bundles the guidance is rendered from
   * @param locale the cashier's and merchant's language when a record names none
   * @param lenient whether unknown fields are ignored (logs carry extra fields) or are errors
   * @param keys the keys declines are counted under
   * @param ledger where declines are counted
   * @return the enricher
   */
  public static RecordEnricher create(
      SwappableDiagnoser diagnoser, GuidanceTexts texts, Locale locale, boolean lenient,
      LedgerKeys keys, ReattemptLedger ledger) {
    return new RecordEnricher(diagnoser, texts, locale, lenient, Optional.of(keys), ledger);
  }

  /**
   * An enricher that counts nothing: each record's own {@code cardAttemptsInWindow} is used as it is.
   *
   * @param diagnoser the live pack set
   * @param texts the bundles the guidance is rendered from
   * @param locale the cashier's and merchant's language when a record names none
   * @param lenient whether unknown fields are ignored or are errors
   * @return the enricher
   */
  public static RecordEnricher withoutLedger(SwappableDiagnoser diagnoser, GuidanceTexts texts, Locale locale, boolean lenient) {
    return new RecordEnricher(diagnoser, texts, locale, lenient, Optional.empty(), NO_LEDGER);
  }

  static final ReattemptLedger NO_LEDGER = new ReattemptLedger() {
    @Override
    public int declinesBetween(String key, Instant from, Instant to) {
      return 0;
    }

    @Override
    public void recordDecline(String key, Instant at) {}
  };

  /**
   * Prepares, counts in this enricher's ledger, diagnoses and renders one raw record received at {@code at}.
   *
   * @param raw the record's value, one contract object
   * @param at when the record was received; the ledger counts back from it
   * @return the diagnosis to publish, or the error record when the input was unusable
   */
  public EnrichedRecord enrich(byte[] raw, Instant at) {
    Intake intake = prepare(raw);
    return intake instanceof PreparedRecord p ? enrich(p, at, ledger) : ((Intake.Refused) intake).error();
  }

  /** {@return the live pack set this enricher diagnoses on} */
  public SwappableDiagnoser diagnoser() {
    return diagnoser;
  }

  /**
   * Reads the raw record once: its ledger key, then the record with {@code pan} masked and any
   * other card-number-like digit run redacted; refused when the bytes are not a JSON document.
   */
  Intake prepare(byte[] raw) {
    JsonNode json;
    try {
      json = JSON.readTree(raw);
    } catch (JacksonException | RuntimeException e) {
      return unreadable(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (json == null || json.isMissingNode()) {
      return unreadable(raw);
    }
    Optional<String> key = keys.flatMap(k -> k.keyOf(json));
    if (json instanceof ObjectNode record && record.get("pan") != null && record.get("pan").isTextual()) {
      try {
        record.put("pan", MaskedPan.parse(record.get("pan").textValue()).masked());
      } catch (PanFormatException e) {
        // Left for the contract reader to name; the redaction below still cuts a long digit run.
      }
    }
    String masked = PanRedactor.redact(json.toString());
    return new PreparedRecord(key, masked.getBytes(StandardCharsets.UTF_8));
  }

  /** The contract's own error for bytes that are not a JSON document (not UTF-8, not JSON, empty). */
  private Intake.Refused unreadable(byte[] raw) {
    LineResult result = reader.diagnose(1, raw, raw.length);
    LineError error = result instanceof LineResult.Failed failed
        ? failed.error()
        : LineError.ofLine(1, "could not be read as one JSON document");
    return new Intake.Refused(unusable(error));
  }

  /** Counts, diagnoses and renders a prepared record received at {@code at}. */
  EnrichedRecord enrich(PreparedRecord prepared, Instant at, ReattemptLedger ledger) {
    JsonNode json;
    try {
      json = JSON.readTree(prepared.maskedJson());
    } catch (IOException e) {
      return unusable(LineError.ofLine(1, "could not be read as one JSON document"));
    }
    Diagnoser current = diagnoser.diagnoser();
    OptionalInt attempts = OptionalInt.empty();
    if (prepared.ledgerKey().isPresent() && json instanceof ObjectNode record) {
      attempts = count(record, prepared.ledgerKey().get(), at, current, ledger);
    }
    DiagnosisPipeline.Read read;
    try {
      read = reader.read(1, json);
    } catch (DiagnosisPipeline.UnusableLine e) {
      return unusable(e.error());
    }
    Diagnosis diagnosis;
    try {
      diagnosis = current.diagnose(read.outcome());
    } catch (RuntimeException e) {
      return unusable(LineError.ofLine(1, "could not be diagnosed: " + e.getClass().getSimpleName()));
    }
    if (prepared.ledgerKey().isPresent() && isDecline(read.outcome(), diagnosis)) {
      ledger.recordDecline(prepared.ledgerKey().get(), at);
    }
    return new EnrichedRecord.Diagnosed(
        write(g -> DiagnosisWriter.write(g, diagnosis, texts.render(diagnosis, read.locale()))),
        diagnosis.category(), diagnosis.cause(), attempts);
  }

  /**
   * Sets the record's {@code cardAttemptsInWindow} to the declines the ledger holds within the
   * scheme's window, plus this try; a larger count the record already carries is kept.
   */
  private static OptionalInt count(ObjectNode record, String key, Instant at, Diagnoser current, ReattemptLedger ledger) {
    Optional<Duration> window = network(record).flatMap(n -> window(current, n));
    JsonNode given = record.get(ATTEMPTS_FIELD);
    if (window.isEmpty() || (given != null && !given.isNull() && !given.canConvertToInt())) {
      return OptionalInt.empty(); // no cap to count against, or a bad value the reader must name
    }
    Instant from = at.minus(window.get()).plusMillis(1);
    int tries = ledger.declinesBetween(key, from, at) + 1;
    if (given != null && given.canConvertToInt()) {
      tries = Math.max(tries, given.intValue());
    }
    record.put(ATTEMPTS_FIELD, tries);
    return OptionalInt.of(tries);
  }

  /** The window of the reattempt limit the engine applies to {@code network}: the first in precedence. */
  static Optional<Duration> window(Diagnoser diagnoser, Network network) {
    for (RulePack pack : diagnoser.packs()) {
      for (RetryLimit limit : pack.retryLimits()) {
        if (limit.network() == network) {
          return Optional.of(limit.window());
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Network> network(ObjectNode record) {
    JsonNode network = record.get("network");
    if (network == null || !network.isTextual()) {
      return Optional.empty();
    }
    for (Network n : Network.values()) {
      if (n.name().equalsIgnoreCase(network.textValue())) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  static boolean isDecline(TransactionOutcome outcome, Diagnosis diagnosis) {
    return outcome.responseCode().isPresent() && diagnosis.category() != Category.APPROVED;
  }

  private static EnrichedRecord.Unusable unusable(LineError error) {
    return new EnrichedRecord.Unusable(write(g -> DiagnosisWriter.writeError(g, error)), error);
  }

  /** How one JSON object is written. */
  interface JsonWrite {
    void to(JsonGenerator g) throws IOException;
  }

  static String write(JsonWrite write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      write.to(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "RecordEnricher[" + diagnoser + ", " + keys.map(Object::toString).orElse("no ledger") + "]";
  }
}
