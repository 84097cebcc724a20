package dev.posdx.examples.contract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.rules.contract.ContractException;
import dev.posdx.rules.internal.JsonSyntaxErrors;
import dev.posdx.rules.contract.OutcomeJson;
import dev.posdx.rules.internal.OutcomeTrees;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One input record to one {@link LineResult}: checks the bytes are UTF-8, parses the JSON, reads
 * the outcome with the rules module's {@link OutcomeJson} (strict or lenient), diagnoses it and
 * renders its guidance. Every failure becomes a {@link LineResult.Failed} naming the line and
 * field; nothing a line holds can stop the run. Immutable and thread-safe.
 *
 * <p>The contract's {@code locale} field is read here, not by {@code OutcomeJson}: it chooses the
 * language of the output, which is not part of the payment.
 */
public final class DiagnosisPipeline {

  /** The input field that chooses the cashier's and merchant's language. */
  public static final String LOCALE_FIELD = "locale";

  // One line may be large (a 1 MB line must work) but never deep.
  private static final ObjectMapper LINES =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxStringLength(LineSplitter.DEFAULT_MAX_LINE)
                          .maxNumberLength(64)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  // An error location must not quote the line: it may hold a card number.
                  .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * A copy of the mapper every contract line is read with, so that another reader of the contract
   * (the Kafka topology) accepts exactly the lines this pipeline accepts.
   *
   * @return a new mapper the caller may configure further
   */
  public static ObjectMapper lineMapper() {
    return LINES.copy();
  }

  private final Diagnoser diagnoser;
  private final OutcomeJson outcomes;
  private final GuidanceTexts renderer;
  private final Locale defaultLocale;

  /**
   * A pipeline on this engine and these texts.
   *
   * @param diagnoser the engine
   * @param lenient whether unknown fields are ignored (true) or make the line unusable
   * @param renderer the texts the guidance is rendered from
   * @param defaultLocale the cashier's and merchant's language when a line names none
   */
  public DiagnosisPipeline(Diagnoser diagnoser, boolean lenient, GuidanceTexts renderer, Locale defaultLocale) {
    this.diagnoser = diagnoser;
    this.outcomes = lenient ? OutcomeJson.lenient() : OutcomeJson.strict();
    this.renderer = renderer;
    this.defaultLocale = defaultLocale;
  }

  /** {@return the engine every line is diagnosed with} */
  public Diagnoser diagnoser() {
    return diagnoser;
  }

  /** {@return the cashier's and merchant's language when a line names none} */
  public Locale defaultLocale() {
    return defaultLocale;
  }

  /**
   * Diagnoses one raw line: {@code bytes[0..length)}, without its line break.
   *
   * @param line the line number, from 1, for the error
   * @param bytes the buffer holding the line; not kept
   * @param length how many bytes of it are the line
   * @return the diagnosis, or the error when the line is not UTF-8, not JSON or breaks the contract
   */
  public LineResult diagnose(long line, byte[] bytes, int length) {
    int bad = Utf8.firstInvalid(bytes, length);
    if (bad >= 0) {
      return failed(line, null, "not UTF-8: invalid byte 0x"
          + Integer.toHexString(bytes[bad] & 0xFF).toUpperCase(Locale.ROOT) + " at byte " + (bad + 1));
    }
    if (isBlank(bytes, length)) {
      return failed(line, null, "empty line; expected one JSON object per line");
    }
    JsonNode json;
    try {
      json = LINES.readTree(bytes, 0, length);
    } catch (JacksonException e) {
      return failed(line, null, malformed(e));
    } catch (java.io.IOException e) {
      return failed(line, null, "could not be read: " + e.getClass().getSimpleName());
    } catch (NumberFormatException e) {
      // Jackson hands BigDecimal's own failure on (an exponent past 2^31: 1e9999999999).
      return failed(line, null, "not valid JSON: a number is too large to read");
    } catch (RuntimeException e) {
      return failed(line, null, "not valid JSON: could not be parsed (" + e.getClass().getSimpleName() + ")");
    }
    return diagnose(line, json);
  }

  /**
   * Diagnoses one parsed record (a JSON line, or a CSV row turned into the same shape).
   *
   * @param line the line number, from 1, for the error
   * @param json the record
   * @return the diagnosis, or the error naming the field when the record breaks the contract
   */
  public LineResult diagnose(long line, JsonNode json) {
    try {
      Read read = read(line, json);
      Diagnosis diagnosis = diagnoser.diagnose(read.outcome());
      return new LineResult.Diagnosed(line, diagnosis, renderer.render(diagnosis, read.locale()));
    } catch (UnusableLine e) {
      return new LineResult.Failed(e.error());
    } catch (RuntimeException e) {
      // A bug or a core check the reader missed: still one line's error, never the run's end.
      return failed(line, null, "could not be diagnosed: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /** An outcome read from one record, and the language its texts should be in. */
  public record Read(TransactionOutcome outcome, Locale locale) {}

  /**
   * Reads one record into an outcome without diagnosing it ({@code posdx explain} needs no text).
   *
   * @param line the line number, from 1, for the error
   * @param json the record
   * @return the outcome and the locale the line asks for
   * @throws UnusableLine naming the line and field when the record breaks the contract
   */
  public Read read(long line, JsonNode json) throws UnusableLine {
    if (!json.isObject()) {
      throw new UnusableLine(LineError.ofLine(line, "expected a JSON object, got " + OutcomeTrees.kind(json)));
    }
    Locale locale = defaultLocale;
    JsonNode requested = json.get(LOCALE_FIELD);
    if (requested != null && !requested.isNull()) {
      if (!requested.isTextual()) {
        throw new UnusableLine(LineError.ofField(line, LOCALE_FIELD,
            "must be a BCP 47 language tag such as \"zh-CN\", got " + OutcomeTrees.kind(requested)));
      }
      try {
        locale = new Locale.Builder().setLanguageTag(requested.textValue()).build();
      } catch (IllformedLocaleException e) {
        locale = Locale.ROOT;
      }
      if (locale.getLanguage().isEmpty()) {
        throw new UnusableLine(LineError.ofField(line, LOCALE_FIELD,
            "must be a BCP 47 language tag such as \"zh-CN\" or \"en\""));
      }
    }
    if (requested != null) {
      json = json.deepCopy();
      ((ObjectNode) json).remove(LOCALE_FIELD);
    }
    try {
      return new Read(OutcomeTrees.read(outcomes, json), locale);
    } catch (ContractException e) {
      String field = e.field();
      throw new UnusableLine(field.isEmpty()
          ? LineError.ofLine(line, e.problem())
          : LineError.ofField(line, field, e.problem()));
    }
  }

  /** A record that cannot be used, with the error that says why. */
  public static final class UnusableLine extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient LineError error;

    UnusableLine(LineError error) {
      super(error.toString(), null, false, false);
      this.error = error;
    }

    /** {@return the error: line, field and message} */
    public LineError error() {
      return error;
    }
  }

  private static LineResult failed(long line, @Nullable String field, String message) {
    return new LineResult.Failed(
        field == null ? LineError.ofLine(line, message) : LineError.ofField(line, field, message));
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String malformed(JacksonException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getColumnNr() < 0 ? "" : " at column " + at.getColumnNr();
    // Jackson's own message quotes unquoted tokens and field names: described in our words instead.
    return "not valid JSON" + where + ": " + JsonSyntaxErrors.describe(e);
  }
}
