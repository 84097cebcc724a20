package dev.posdx.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.posdx.core.rule.RulePack;
import dev.posdx.rules.RulePacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code posdx --version} and {@code posdx completion}: what a user installing the command sees. */
class ProductCommandsTest {

  @Test
  void versionNamesPosdxAndEveryBuiltInPackWithItsVersion() {
    Cli.Run run = Cli.run("", "--version");
    assertThat(run.status()).isZero();
    List<String> lines = run.lines();
    // The build fills in the version: a run from classes says the project's, never "development".
    assertThat(lines.get(0)).isEqualTo("posdx " + System.getProperty("posdx.version"));
    List<RulePack> builtIn = RulePacks.installed().packs();
    assertThat(builtIn).extracting(RulePack::id).contains("visa", "mastercard", "unionpay", "iso8583", "emv");
    assertThat(lines.get(1)).isEqualTo(builtIn.size() + " built-in packs:");
    assertThat(lines.subList(2, lines.size()))
        .containsExactlyElementsOf(builtIn.stream().map(p -> "  " + p.id() + " " + p.version()).toList());
  }

  @Test
  void completionScriptCompletesEveryCommandAndItsOptions() {
    Cli.Run run = Cli.run("", "completion");
    assertThat(run.status()).as(run.stderr()).isZero();
    String script = run.stdout();
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_posdx");
    CommandLine tree = PosdxCommand.commandLine(System.in, System.out, System.err);
    assertThat(tree.getSubcommands()).containsKeys("demo", "diagnose", "batch", "explain", "packs", "validate",
        "contact-kit", "completion", "help");
    for (var command : tree.getSubcommands().entrySet()) {
      // picocli names each subcommand's function after it: _picocli_posdx_contactkit for contact-kit.
      assertThat(script).as(command.getKey())
          .contains("_picocli_posdx_" + command.getKey().replace("-", "").toLowerCase(java.util.Locale.ROOT) + "()");
      for (String option : command.getValue().getCommandSpec().optionsMap().keySet()) {
        assertThat(script).as(command.getKey() + " " + option).contains(option);
      }
    }
    assertThat(script.getBytes(UTF_8)).isEqualTo(CompletionCommand.script());
  }
}
