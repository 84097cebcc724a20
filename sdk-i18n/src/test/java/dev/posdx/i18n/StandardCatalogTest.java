package dev.posdx.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.io.IOException;
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
 * A broken shipped bundle makes {@link MessageCatalog#standard()} and {@link
 * GuidanceRenderer#standard()} fail with the same clear exception on every call, never {@code
 * ExceptionInInitializerError} then {@code NoClassDefFoundError} for the JVM's life.
 */
class StandardCatalogTest {

  @Test
  void aBrokenBundleFailsEveryCallTheSameWayNeverAPoisonedClass(@TempDir Path dir) throws Exception {
    // Ahead of the real root bundle on the class path: a file that cannot be read (a broken
    // escape). The shipped bundles are checked by the build, not at start-up, but still read.
    Path bundle = dir.resolve(MessageCatalog.BUILT_IN_BASE + ".properties");
    Files.createDirectories(bundle.getParent());
    Files.writeString(bundle, "cause.issuer.refer.cashier.short=Call \\u12\n", UTF_8);
    try (URLClassLoader loader = new URLClassLoader(classPath(dir), ClassLoader.getPlatformClassLoader())) {
      for (Class<?> type : List.of(GuidanceRenderer.class, MessageCatalog.class)) {
        Method standard = Class.forName(type.getName(), true, loader).getMethod("standard");
        Throwable first = null;
        for (int call = 1; call <= 3; call++) {
          Throwable thrown = catchThrowable(() -> standard.invoke(null));
          assertThat(thrown).as("%s call %s", type.getSimpleName(), call).isInstanceOf(InvocationTargetException.class);
          Throwable cause = thrown.getCause();
          assertThat(cause).as("%s call %s", type.getSimpleName(), call)
              .isInstanceOf(RuntimeException.class)
              .hasMessageContaining("messages");
          if (first == null) {
            first = cause;
          } else {
            assertThat(cause).hasSameClassAs(first).hasMessage(first.getMessage());
          }
        }
      }
    }
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
