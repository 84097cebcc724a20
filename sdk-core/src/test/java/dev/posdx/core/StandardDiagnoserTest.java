package dev.posdx.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.posdx.core.diagnosis.Category;
import dev.posdx.core.diagnosis.Diagnosis;
import dev.posdx.core.diagnosis.RetryAdvice;
import dev.posdx.core.outcome.Network;
import dev.posdx.core.outcome.TransactionOutcome;
import dev.posdx.core.rule.Matcher;
import dev.posdx.core.rule.RulePack;
import dev.posdx.core.rule.Scope;
import dev.posdx.core.spi.IssuerDirectory;
import dev.posdx.core.spi.RulePackProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken provider makes {@link Diagnoser#standard()} fail clearly on every call, and never
 * leaves the class unusable ({@code ExceptionInInitializerError} once, then {@code
 * NoClassDefFoundError} for the JVM's life); a failing issuer directory is logged once.
 */
class StandardDiagnoserTest {

  /** Registered only in the isolated class loader below. */
  public static final class BrokenProvider implements RulePackProvider {
    @Override
    public List<RulePack> packs() {
      throw new IllegalStateException("pack data missing from the jar");
    }
  }

  @Test
  void aBrokenProviderFailsEveryCallWithAClearExceptionNeverAPoisonedClass(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services/" + RulePackProvider.class.getName());
    Files.createDirectories(services.getParent());
    Files.writeString(services, BrokenProvider.class.getName() + "\n", UTF_8);
    // A fresh copy of the core classes, so the provider is seen and this JVM's Diagnoser is untouched.
    try (URLClassLoader loader = new URLClassLoader(classPath(dir), ClassLoader.getPlatformClassLoader())) {
      Method standard = Class.forName(Diagnoser.class.getName(), true, loader).getMethod("standard");
      for (int call = 1; call <= 3; call++) {
        Throwable thrown = catchThrowable(() -> standard.invoke(null));
        assertThat(thrown).as("call %s", call).isInstanceOf(InvocationTargetException.class);
        assertThat(thrown.getCause()).as("call %s", call)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(BrokenProvider.class.getName());
        assertThat(thrown.getCause().getCause()).hasMessage("pack data missing from the jar");
      }
    }
  }

  @Test
  void aFailingIssuerDirectoryIsLoggedOnceNotOnEveryCall() {
    IssuerDirectory broken = pan -> {
      throw new IllegalStateException("directory offline");
    };
    RulePack refer = TestRules.pack("iso", Scope.BASE, TestRules.rule("iso-01",
        TestRules.conclude("issuer.refer", Category.ISSUER, RetryAdvice.never(), true, List.of()),
        Matcher.ResponseCodeIn.of("01")));
    Diagnoser diagnoser = Diagnoser.builder().addPack(refer).issuerDirectory(broken).build();
    TransactionOutcome outcome =
        TransactionOutcome.builder(Network.UNIONPAY).responseCode("01").pan("6222021234567890123").build();
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, UTF_8));
    try {
      for (int i = 0; i < 100; i++) {
        Diagnosis d = diagnoser.diagnose(outcome);
        assertThat(d.contactIssuer()).isTrue();
        assertThat(d.issuer()).isEmpty();
      }
    } finally {
      System.setErr(original);
    }
    String log = err.toString(UTF_8);
    assertThat(log.split("issuer directory", -1)).as(log).hasSize(2);
    assertThat(log).doesNotContain("622202", "0123");
  }

  private static URL[] classPath(Path first) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(first.toUri().toURL());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    return urls.toArray(URL[]::new);
  }
}
