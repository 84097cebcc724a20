package dev.posdx.kafka;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The reattempt ledger's key for one card at one merchant: HMAC-SHA256 of the card number and the
 * merchant id under a secret the gateway configures, in URL-safe Base64. The card number is never
 * the key: without the secret the key cannot be turned back into a number, nor checked against a
 * guessed one. Every instance of one application must share the secret, or their counts split.
 * Immutable and thread-safe; {@link #toString()} never shows the secret.
 *
 * <p>The full card number exists only in the raw record, before the contract's reader masks it;
 * {@link #keyOf(JsonNode)} reads it there, and nothing downstream of it ever sees more than the
 * first six and last four digits.
 *
 * @since 0.1
 */
public final class LedgerKeys {

  /** A shorter secret could be guessed; HMAC-SHA256 takes 32 bytes of key at full strength. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec secret;
  private final ThreadLocal<Mac> macs;

  private LedgerKeys(byte[] secret) {
    this.secret = new SecretKeySpec(secret, ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /**
   * Keys under {@code secret} (copied).
   *
   * @param secret the HMAC secret, shared by every instance that counts the same cards
   * @return the keys
   * @throws IllegalArgumentException when the secret is shorter than {@value #MIN_SECRET_BYTES} bytes
   */
  public static LedgerKeys withSecret(byte[] secret) {
    checkArgument(secret.length >= MIN_SECRET_BYTES,
        "the ledger secret must be at least %s bytes, got %s", MIN_SECRET_BYTES, secret.length);
    return new LedgerKeys(Arrays.copyOf(secret, secret.length));
  }

  /**
   * Keys under the UTF-8 bytes of {@code secret}; see {@link #withSecret(byte[])}.
   *
   * @param secret the HMAC secret as text
   * @return the keys
   * @throws IllegalArgumentException when the secret is shorter than {@value #MIN_SECRET_BYTES} bytes
   */
  public static LedgerKeys withSecret(String secret) {
    return withSecret(secret.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The key of one card at one merchant.
   *
   * @param pan the full card number: 12 to 19 digits, spaces and hyphens between them ignored
   * @param merchantId the merchant the card was tried at
   * @return the key: a keyed hash from which neither the card number nor the merchant can be read
   * @throws IllegalArgumentException when {@code pan} is not a full card number (the message
   *     names its digit count, never a digit) or the merchant id is blank
   */
  public String keyOf(CharSequence pan, String merchantId) {
    String digits = fullPan(pan).orElseThrow(() -> new IllegalArgumentException(
        "a ledger key needs a full card number of 12 to 19 digits, got " + digitCount(pan) + " digits"));
    checkArgument(!merchantId.isBlank(), "a ledger key needs a merchant id");
    Mac mac = macs.get();
    mac.update(digits.getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) 0); // a separator no digit can be: "1|23" and "12|3" must differ
    byte[] hash = mac.doFinal(merchantId.getBytes(StandardCharsets.UTF_8));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
  }

  /**
   * The key of a raw contract record: its {@code pan} (when it is a full number, not a masked
   * one) and its {@code merchant.merchantId}; empty when either is absent, since a masked number
   * or an unknown merchant cannot be counted.
   *
   * @param record one contract object
   * @return the key, as {@link #keyOf(CharSequence, String)} gives it
   */
  public Optional<String> keyOf(JsonNode record) {
    JsonNode pan = record.get("pan");
    JsonNode merchantId = record.path("merchant").get("merchantId");
    if (pan == null || !pan.isTextual() || merchantId == null || !merchantId.isTextual() || merchantId.textValue().isBlank()) {
      return Optional.empty();
    }
    return fullPan(pan.textValue()).map(digits -> keyOf(digits, merchantId.textValue()));
  }

  private static Optional<String> fullPan(CharSequence pan) {
    StringBuilder digits = new StringBuilder(19);
    for (int i = 0; i < pan.length(); i++) {
      char c = pan.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != ' ' && c != '-') {
        return Optional.empty(); // masked ('*', 'X') or not a card number at all
      }
    }
    return digits.length() >= 12 && digits.length() <= 19 ? Optional.of(digits.toString()) : Optional.empty();
  }

  private static long digitCount(CharSequence s) {
    return s.chars().filter(c -> c >= '0' && c <= '9').count();
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is required of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "LedgerKeys[HMAC-SHA256, secret hidden]";
  }
}
