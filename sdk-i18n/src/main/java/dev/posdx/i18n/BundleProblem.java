package dev.posdx.i18n;

/**
 * Something wrong with a message bundle, located as precisely as it can be.
 *
 * @param source the file or resource, or {@code override} for a programmatic message
 * @param line the line, from 1; 0 when the problem is not on one line (a missing key)
 * @param key the message key, or empty when the problem is not about one key
 * @param problem what is wrong, in plain words
 * @since 0.1
 */
public record BundleProblem(String source, int line, String key, String problem) {

  @Override
  public String toString() {
    return source + (line > 0 ? ":" + line : "") + (key.isEmpty() ? "" : ": " + key) + ": " + problem;
  }
}
