package dev.posdx.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.posdx.core.Diagnoser;
import dev.posdx.core.rule.PackSource;
import dev.posdx.examples.contract.PanRedactor;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code posdx} subcommand starts from, written once: the standard streams (through the
 * root command), {@code --packs DIR}, and the set-up built from them.
 */
@Command(mixinStandardHelpOptions = true)
abstract class Subcommand {

  @ParentCommand PosdxCommand root;

  @Spec CommandLine.Model.CommandSpec spec;

  @Mixin PackOptions packs;

  /** A command-line mistake found after parsing: status 2 and a hint to this command's help. */
  final CommandLine.ParameterException usageError(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The built-in packs and issuer directory, plus the {@code --packs} directories. */
  final Diagnoser diagnoser() {
    return Session.diagnoser(packs);
  }

  /** Indented JSON on standard output, left open for what follows. */
  final JsonGenerator prettyJson() throws IOException {
    JsonGenerator g = Session.JSON.createGenerator(root.stdout, JsonEncoding.UTF8);
    g.useDefaultPrettyPrinter();
    return g;
  }

  /** Writes {@code name: [{...}, ...]}, one object per item, its fields written by {@code fields}. */
  static <T> void objects(JsonGenerator g, String name, Iterable<T> items, Fields<T> fields) throws IOException {
    g.writeArrayFieldStart(name);
    for (T item : items) {
      g.writeStartObject();
      fields.write(item);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A pack's cited documents, each string through the card-number redactor (they are the pack author's). */
  static void sources(JsonGenerator g, List<PackSource> sources) throws IOException {
    objects(g, "sources", sources, s -> {
      g.writeStringField("document", PanRedactor.redact(s.document()));
      g.writeStringField("edition", PanRedactor.redact(s.edition()));
    });
  }

  /** Writes one item's fields. */
  @FunctionalInterface
  interface Fields<T> {
    void write(T item) throws IOException;
  }
}
