package dev.posdx.rules.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in path (the registered pack providers, the catalog provider, and the compiled-form
 * reader behind them) reaches no Jackson and no SnakeYAML class, directly or through anything it
 * calls, so an app without them on its class path loads every built-in pack.
 */
class BuiltInPathArchitectureTest {

  private static final JavaClasses RULES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.posdx.rules", "dev.posdx.core");

  private static final List<String> BUILT_IN_PATH_INTERNALS =
      List.of(BuiltInPackProvider.class.getName(), BuiltInCatalog.class.getName(), CompiledPackReader.class.getName(),
          CompiledInput.class.getName(), CompiledOutcomes.class.getName(), CompiledForm.class.getName(), MatcherKind.class.getName());

  private static final DescribedPredicate<JavaClass> ON_THE_BUILT_IN_PATH =
      DescribedPredicate.describe("on the built-in path", c ->
          c.getPackageName().equals("dev.posdx.rules.packs")
              || c.getName().startsWith(CatalogProvider.class.getName())
              || BUILT_IN_PATH_INTERNALS.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$")));

  @Test
  void theBuiltInPathReachesNoJacksonNorSnakeYaml() {
    noClasses().that(ON_THE_BUILT_IN_PATH)
        .should().transitivelyDependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.yaml..")
        .check(RULES);
  }

  @Test
  void theBuiltInPathUsesOnlyTheJdkCoreGuavaAndItsOwnClasses() {
    classes().that(ON_THE_BUILT_IN_PATH)
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "dev.posdx.core..", "dev.posdx.rules", "dev.posdx.rules.internal", "dev.posdx.rules.packs",
            "com.google.common..", "org.jspecify..")
        .check(RULES);
  }
}
