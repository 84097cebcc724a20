package dev.posdx.bench;

/** The baseline of {@link ColdStart}: a JVM that starts, on the same class path, and does nothing. */
public final class EmptyMain {

  private EmptyMain() {}

  public static void main(String[] args) {
    // Nothing: the cost of the JVM itself.
  }
}
