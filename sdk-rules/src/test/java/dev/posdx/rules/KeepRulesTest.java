package dev.posdx.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The R8/ProGuard keep rules the jars ship must name classes that exist and cover every class
 * {@code ServiceLoader} instantiates by name: a rule that names a renamed class silently keeps
 * nothing, and a shrunk Android app would then start with no packs.
 */
class KeepRulesTest {

  private static final Pattern IMPLEMENTS_RULE =
      Pattern.compile("-keep class \\* implements ([\\w.$]+) \\{ public <init>\\(\\); }");
  private static final Pattern OUR_CLASS = Pattern.compile("\\b(dev\\.posdx(?:\\.\\w+)+)\\b");

  @Test
  void coreAndRulesShipKeepRules() throws IOException {
    assertThat(rules("posdx-core.pro")).contains("-keep interface dev.posdx.core.spi.RulePackProvider");
    assertThat(rules("posdx-rules.pro")).contains("-keepclassmembers enum dev.posdx.**");
    // Jackson is optional in posdx-rules: an app without it must not fail R8 on the readers' references.
    assertThat(rules("posdx-rules.pro")).contains("-dontwarn com.fasterxml.jackson.**", "-dontwarn org.yaml.snakeyaml.**");
  }

  @Test
  void everyClassTheRulesNameExists() throws IOException {
    for (String file : List.of("posdx-core.pro", "posdx-rules.pro")) {
      Matcher m = OUR_CLASS.matcher(withoutComments(rules(file)));
      while (m.find()) {
        String name = m.group(1);
        assertThat(exists(name)).as("%s names %s", file, name).isTrue();
      }
    }
  }

  @Test
  void everyServiceImplementationIsKeptWithItsConstructor() throws IOException, ClassNotFoundException {
    List<String> keptServices = new ArrayList<>();
    Matcher m = IMPLEMENTS_RULE.matcher(rules("posdx-core.pro"));
    while (m.find()) {
      keptServices.add(m.group(1));
    }
    assertThat(keptServices).isNotEmpty();
    for (String service : keptServices) {
      for (String implementation : serviceEntries(service)) {
        assertThat(Class.forName(service).isAssignableFrom(Class.forName(implementation))).isTrue();
        assertThat(Class.forName(implementation).getConstructors())
            .as("%s needs the public no-argument constructor the rule keeps", implementation)
            .anyMatch(c -> c.getParameterCount() == 0);
      }
    }
    // Every service file this module registers is one the rules keep.
    for (String service : List.of("dev.posdx.core.spi.RulePackProvider", "dev.posdx.core.spi.IssuerDirectory")) {
      assertThat(serviceEntries(service)).isNotEmpty();
      assertThat(keptServices).contains(service);
    }
  }

  private static boolean exists(String name) {
    try {
      Class.forName(name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String rules(String file) throws IOException {
    try (InputStream in = KeepRulesTest.class.getResourceAsStream("/META-INF/proguard/" + file)) {
      assertThat(in).as("META-INF/proguard/%s on the class path", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String withoutComments(String rules) {
    return rules.replaceAll("(?m)#.*$", "");
  }

  private static List<String> serviceEntries(String service) throws IOException {
    List<String> entries = new ArrayList<>();
    for (URL url : Collections.list(KeepRulesTest.class.getClassLoader().getResources("META-INF/services/" + service))) {
      try (InputStream in = url.openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          String entry = line.replaceAll("#.*", "").strip();
          if (!entry.isEmpty() && entry.startsWith("dev.posdx.")) {
            entries.add(entry);
          }
        }
      }
    }
    return entries;
  }
}
