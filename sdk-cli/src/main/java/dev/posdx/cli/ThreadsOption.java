package dev.posdx.cli;

import picocli.CommandLine.Option;

/** {@code --threads N}, for the commands that diagnose a stream of lines. */
final class ThreadsOption {

  @Option(names = "--threads", paramLabel = "N", defaultValue = "${sys:posdx.threads:-0}",
      description = "How many lines are diagnosed at once (default: the number of processors, at most 8). The output order never changes.")
  int threads;

  /** The worker count: the value given, or for 0 the processors available, at most 8. */
  int count() {
    return Session.threads(threads);
  }
}
