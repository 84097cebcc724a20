package dev.posdx.examples.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Audience;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.i18n.GuidanceRenderer;
import dev.posdx.rules.contract.ContractException;
import dev.posdx.rules.contract.OutcomeJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A payment gateway enriching its own authorization log: each record, in the gateway's format,
 * is mapped to posdx's outcome contract, read by {@link OutcomeJson}, diagnosed, and written back
 * unchanged with a {@code posdx} object added (cause, category, retry, whether to contact the
 * issuer, and the merchant's explanation). A record posdx cannot read gets a {@code posdx.error}
 * instead; the rest go on. One record is held at a time, so a log of any length streams through.
 *
 * <p>Run: {@code java -cp ... dev.posdx.examples.gateway.GatewayLogEnricher [LOG] [LOCALE] > enriched.jsonl};
 * the log defaults to {@code sdk-examples/examples/gateway/auth-log.jsonl}.
 */
public final class GatewayLogEnricher {

  /** The gateway's scheme names, mapped to the contract's networks. */
  private static final Map<String, String> NETWORKS =
      Map.of("CUP", "UNIONPAY", "VISA", "VISA", "MC", "MASTERCARD", "AMEX", "AMEX", "JCB", "JCB");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Diagnoser diagnoser;
  private final GuidanceRenderer renderer;
  private final Locale locale;

  /**
   * An enricher on this engine and these texts.
   *
   * @param diagnoser the engine
   * @param renderer the texts
   * @param locale the language of the added explanations
   */
  public GatewayLogEnricher(Diagnoser diagnoser, GuidanceRenderer renderer, Locale locale) {
    this.diagnoser = diagnoser;
    this.renderer = renderer;
    this.locale = locale;
  }

  /**
   * Enriches a log file to standard output.
   *
   * @param args the log file, then the locale (default {@code en}); both optional
   * @throws IOException when the log cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path log = args.length > 0 ? Path.of(args[0]) : defaultLog();
    Locale locale = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
    GatewayLogEnricher enricher = new GatewayLogEnricher(Diagnoser.standard(), GuidanceRenderer.standard(), locale);
    try (Reader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      enricher.enrich(in, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
  }

  /**
   * Reads the gateway's JSON lines from {@code in} and writes them enriched to {@code out}.
   *
   * @param in the log; closed when done
   * @param out where each line goes, enriched or with a {@code posdx.error}
   */
  public void enrich(Reader in, PrintStream out) {
    try (BufferedReader lines = new BufferedReader(in)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          out.println(JSON.writeValueAsString(enrich((ObjectNode) JSON.readTree(line))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record with a {@code posdx} object added. */
  ObjectNode enrich(ObjectNode record) {
    ObjectNode posdx = record.putObject("posdx");
    try {
      Diagnosis d = diagnoser.diagnose(OutcomeJson.strict().read(toContract(record).toString()));
      posdx.put("cause", d.cause().id());
      posdx.put("category", d.category().name());
      posdx.put("retry", d.retry().decision().name());
      d.retry().after().ifPresent(after -> posdx.put("retryAfter", after.toString()));
      posdx.put("contactIssuer", d.contactIssuer());
      d.issuer().ifPresent(i -> posdx.put("issuer", i.name()));
      posdx.put("merchant", renderer.render(d, Audience.MERCHANT, locale).text());
    } catch (ContractException e) {
      // The contract's error names the field and never echoes a card number.
      posdx.putObject("error").put("field", e.field()).put("message", e.problem());
    }
    return record;
  }

  /** The gateway's record in the contract's shape: the integration's only gateway-specific code. */
  static ObjectNode toContract(JsonNode r) {
    ObjectNode o = JSON.createObjectNode();
    String scheme = r.path("scheme").asText();
    o.put("network", NETWORKS.getOrDefault(scheme, scheme));
    if (r.hasNonNull("rc")) {
      o.put("responseCode", r.get("rc").asText());
    }
    if (r.hasNonNull("amount_minor") && r.hasNonNull("ccy")) {
      // Minor units to a decimal: 12800 CNY is 128.00.
      int digits = java.util.Currency.getInstance(r.get("ccy").asText()).getDefaultFractionDigits();
      o.put("amount", new BigDecimal(r.get("amount_minor").asLong()).movePointLeft(Math.max(digits, 0)).toPlainString());
      o.put("currency", r.get("ccy").asText());
    }
    if (r.hasNonNull("card")) {
      o.put("pan", r.get("card").asText());
    }
    if (r.hasNonNull("ts")) {
      o.put("time", r.get("ts").asText());
    }
    if (r.path("timeout").asBoolean(false)) {
      o.putObject("terminal").put("host", "TIMEOUT");
    }
    ObjectNode merchant = o.putObject("merchant");
    copy(r, "mid", merchant, "merchantId");
    copy(r, "tid", merchant, "terminalId");
    copy(r, "store", merchant, "storeId");
    copy(r, "country", merchant, "country");
    return o;
  }

  private static void copy(JsonNode from, String name, ObjectNode to, String as) {
    if (from.hasNonNull(name)) {
      to.put(as, from.get(name).asText());
    }
  }

  private static Path defaultLog() {
    Path fromRoot = Path.of("sdk-examples", "examples", "gateway", "auth-log.jsonl");
    return Files.exists(fromRoot) ? fromRoot : Path.of("examples", "gateway", "auth-log.jsonl");
  }
}
