package dev.posdx.i18n;

/**
 * What a catalog does with a bundle that fails its checks.
 *
 * @since 0.1
 */
public enum CheckMode {
  /** Throw a {@link BundleException} naming every file, key and problem. */
  STRICT,
  /** Log every problem, drop the faulty messages (they fall back to the parent locale), go on. */
  LENIENT
}
