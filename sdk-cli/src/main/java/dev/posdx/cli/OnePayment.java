package dev.posdx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.examples.contract.DiagnosisPipeline;
import java.util.Locale;
import picocli.CommandLine.Mixin;

/**
 * The options of a command that prints one payment as text or JSON ({@code explain}, {@code
 * contact-kit}): {@code --lenient}, {@code --format}, and the outcome as flags or {@code --json}.
 */
final class OnePayment {

  @Mixin LenientOption lenient;

  @Mixin FormatOption format;

  @Mixin OutcomeOptions outcome;

  /**
   * Checks that an outcome was given, then {@code --format} (each a status 2), then reads the
   * outcome with the contract reader and diagnoses it.
   *
   * @throws UsageException when the contract refuses a value: it came from the command line
   */
  Diagnosed diagnose(Subcommand command, Locale locale) {
    if (outcome.isEmpty()) {
      throw command.usageError("give an outcome: at least --network, or --json OBJECT");
    }
    format.json(command);
    Diagnoser diagnoser = command.diagnoser();
    DiagnosisPipeline pipeline = new DiagnosisPipeline(diagnoser, lenient.lenient, Session.texts(), locale);
    try {
      return new Diagnosed(diagnoser, diagnoser.diagnose(pipeline.read(1, outcome.toJson(new ObjectMapper())).outcome()));
    } catch (DiagnosisPipeline.UnusableLine e) {
      throw new UsageException(outcome.describe(e.error()));
    }
  }

  /** Whether {@code --format json} was asked for. */
  boolean json(Subcommand command) {
    return format.json(command);
  }

  /** The payment's diagnosis and the diagnoser (its packs) that made it. */
  record Diagnosed(Diagnoser diagnoser, Diagnosis diagnosis) {}
}
