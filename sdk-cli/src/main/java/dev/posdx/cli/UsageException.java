package dev.posdx.cli;

/**
 * A command-line mistake found after parsing (a flag value the contract refuses, a thread count
 * out of range): exit status 2 with a hint to {@code --help}, like picocli's own parse errors.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
