package dev.posdx.cli;

/** The command line's exit statuses, as documented in {@code sdk-cli/README.md}. */
final class ExitStatus {

  /** Everything was read and diagnosed. */
  static final int OK = 0;
  /** Some input could not be used: a line, an outcome, a pack file. The rest was still done. */
  static final int BAD_INPUT = 1;
  /** The command line itself was wrong (picocli's own usage status). */
  static final int USAGE = 2;
  /** A file could not be read or written. */
  static final int IO = 3;

  private ExitStatus() {}
}
