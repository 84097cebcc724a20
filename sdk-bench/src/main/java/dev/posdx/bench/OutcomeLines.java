package dev.posdx.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generates JSON lines in the contract's shape, a realistic mix: UnionPay, Visa, Mastercard and
 * plain ISO hosts with their common codes, host timeouts and offline terminals, chip errors,
 * cross-store refunds, masked card numbers, amounts, stores and times. Deterministic for a seed.
 */
public final class OutcomeLines {

  private static final String[] NETWORKS = {"UNIONPAY", "UNIONPAY", "UNIONPAY", "VISA", "MASTERCARD", "ISO8583"};
  private static final String[] CODES = {"00", "00", "00", "05", "51", "51", "54", "55", "01", "41", "14", "61", "91", "96", "12", "25", "65", "Z9"};
  private static final String[] PANS = {"622202******0128", "622848******8903", "411111******1111", "543210******3212"};

  private OutcomeLines() {}

  /** Writes {@code count} lines to {@code file}; returns its size in bytes. */
  public static long write(Path file, long count, long seed) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      write(out, count, seed);
    }
    return Files.size(file);
  }

  public static void write(OutputStream out, long count, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    JsonFactory factory = new JsonFactory();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (long i = 0; i < count; i++) {
        line(g, random);
        g.writeRaw('\n');
      }
    }
  }

  private static void line(JsonGenerator g, SplittableRandom r) throws IOException {
    g.writeStartObject();
    g.writeStringField("network", NETWORKS[r.nextInt(NETWORKS.length)]);
    int kind = r.nextInt(20);
    if (kind == 0) {
      g.writeObjectFieldStart("terminal");
      g.writeStringField("host", "TIMEOUT");
      g.writeNumberField("latencyMs", 30_000 + r.nextInt(30_000));
      g.writeEndObject();
    } else if (kind == 1) {
      g.writeObjectFieldStart("terminal");
      g.writeStringField("link", "OFFLINE");
      g.writeStringField("host", "NOT_SENT");
      g.writeEndObject();
    } else if (kind == 2) {
      g.writeStringField("entryMode", "CHIP");
      g.writeObjectFieldStart("terminal");
      g.writeStringField("reader", "CHIP_ERROR");
      g.writeEndObject();
    } else {
      g.writeStringField("responseCode", CODES[r.nextInt(CODES.length)]);
    }
    if (r.nextInt(4) == 0) {
      g.writeStringField("transactionType", "REFUND");
    }
    g.writeStringField("pan", PANS[r.nextInt(PANS.length)]);
    g.writeStringField("amount", (1 + r.nextInt(2000)) + "." + (10 + r.nextInt(90)));
    g.writeStringField("currency", "CNY");
    g.writeObjectFieldStart("merchant");
    g.writeStringField("country", "CN");
    g.writeStringField("chainId", "bench-chain");
    g.writeStringField("storeId", "s-" + (1 + r.nextInt(200)));
    if (kind == 3) {
      g.writeStringField("originalStoreId", "s-" + (1 + r.nextInt(200)));
    }
    g.writeStringField("terminalId", "T" + (10_000_000 + r.nextInt(90_000_000)));
    g.writeEndObject();
    g.writeStringField("time", String.format(java.util.Locale.ROOT, "2026-02-%02dT%02d:%02d:00+08:00",
        1 + r.nextInt(28), r.nextInt(24), r.nextInt(60)));
    if (r.nextInt(3) == 0) {
      g.writeNumberField("attempt", 1 + r.nextInt(3));
    }
    g.writeEndObject();
  }

  /** For a quick look: {@code OutcomeLines N} writes N lines to standard output. */
  public static void main(String[] args) throws IOException {
    write(System.out, args.length > 0 ? Long.parseLong(args[0]) : 10, 42);
    System.out.flush();
  }
}
