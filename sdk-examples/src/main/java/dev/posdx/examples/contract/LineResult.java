package dev.posdx.examples.contract;

import dev.posdx.core.diagnosis.Diagnosis;

/** What became of one input line: a diagnosis with its guidance, or an error. */
public sealed interface LineResult {

  /** {@return the input line number, from 1} */
  long line();

  /** The line was diagnosed. */
  record Diagnosed(long line, Diagnosis diagnosis, RenderedGuidance guidance) implements LineResult {}

  /** The line could not be used; the rest go on. */
  record Failed(LineError error) implements LineResult {
    @Override
    public long line() {
      return error.line();
    }
  }
}
