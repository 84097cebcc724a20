package dev.posdx.core.internal;

import dev.posdx.core.outcome.ResponseCode;

/**
 * A response code's one to three ASCII characters packed into an {@code int}: the index finds a
 * code's rules by it, and an outcome keeps its code's key so that a diagnosis reads no string.
 * Not API.
 */
public final class CodeKey {

  /** The key of an outcome with no response code; no code packs to it. */
  public static final int NONE = 0;

  private CodeKey() {}

  /** A code is one to three ASCII letters or digits (see ResponseCode), so this is one-to-one and never 0. */
  public static int of(ResponseCode code) {
    String v = code.value();
    int key = v.charAt(0);
    if (v.length() > 1) {
      key |= v.charAt(1) << 8;
      if (v.length() > 2) {
        key |= v.charAt(2) << 16;
      }
    }
    return key;
  }
}
