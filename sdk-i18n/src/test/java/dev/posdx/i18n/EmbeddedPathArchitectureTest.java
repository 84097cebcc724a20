package dev.posdx.i18n;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.posdx.core.Diagnoser;
import dev.posdx.rules.RulePacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The embedded path (core, rules, i18n) as an app on an Android terminal sees it: no Caffeine
 * inside, and no Guava or Jackson type in any public signature, so a consumer compiles against
 * our types and the JDK's alone and the libraries behind them can change or go.
 */
class EmbeddedPathArchitectureTest {

  private static final JavaClasses EMBEDDED =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.posdx.core", "dev.posdx.rules", "dev.posdx.i18n");

  /** Packages whose types a public signature must not show. */
  private static final List<String> FOREIGN =
      List.of("com.google.common.", "com.fasterxml.", "org.yaml.", "com.github.benmanes.");

  @Test
  void theImportSeesAllThreeModules() {
    // Guards the rules below against passing on a partial import.
    assertThat(EMBEDDED.contain(Diagnoser.class)).isTrue();
    assertThat(EMBEDDED.contain(RulePacks.class)).isTrue();
    assertThat(EMBEDDED.contain(GuidanceRenderer.class)).isTrue();
  }

  @Test
  void noCaffeineOnTheEmbeddedPath() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("com.github.benmanes..").check(EMBEDDED);
  }

  @Test
  void publicSignaturesShowNoGuavaOrJacksonType() {
    // dev.posdx.rules.internal is not API (its package-info says so): posdx's own modules share it.
    classes().that().arePublic().and().resideOutsideOfPackage("dev.posdx.rules.internal..")
        .should(exposeNoForeignType()).check(EMBEDDED);
  }

  static boolean isForeign(JavaClass type) {
    String name = type.getName();
    return FOREIGN.stream().anyMatch(name::startsWith);
  }

  private static ArchCondition<JavaClass> exposeNoForeignType() {
    return new ArchCondition<>("expose no Guava, Jackson, SnakeYAML or Caffeine type in a public signature") {
      @Override
      public void check(JavaClass owner, ConditionEvents events) {
        List<String> found = new ArrayList<>();
        if (owner.getRawSuperclass().filter(EmbeddedPathArchitectureTest::isForeign).isPresent()) {
          found.add("extends " + owner.getRawSuperclass().get().getName());
        }
        for (JavaClass i : owner.getRawInterfaces()) {
          if (isForeign(i)) {
            found.add("implements " + i.getName());
          }
        }
        for (JavaMember member : owner.getMembers()) {
          if (!isVisibleToUsers(owner, member)) {
            continue;
          }
          for (JavaType type : signatureTypes(member)) {
            for (JavaClass raw : type.getAllInvolvedRawTypes()) {
              if (isForeign(raw)) {
                found.add(member.getFullName() + " shows " + raw.getName());
              }
            }
          }
        }
        for (String f : found) {
          events.add(SimpleConditionEvent.violated(owner, f));
        }
      }
    };
  }

  // Public members, and protected ones of classes a user may extend.
  private static boolean isVisibleToUsers(JavaClass owner, JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
      return false;
    }
    return modifiers.contains(JavaModifier.PUBLIC)
        || modifiers.contains(JavaModifier.PROTECTED) && !owner.getModifiers().contains(JavaModifier.FINAL);
  }

  private static List<JavaType> signatureTypes(JavaMember member) {
    List<JavaType> types = new ArrayList<>();
    if (member instanceof JavaField field) {
      types.add(field.getType());
    } else if (member instanceof JavaCodeUnit code) {
      types.add(code.getReturnType());
      types.addAll(code.getParameterTypes());
      code.getThrowsClause().getTypes().forEach(types::add);
    }
    return types;
  }
}
