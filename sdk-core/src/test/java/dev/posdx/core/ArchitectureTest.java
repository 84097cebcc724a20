package dev.posdx.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the architecture in DESIGN.md visible: the core is small, pure and I/O-free. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.posdx.core");

  @Test
  void coreDependsOnlyOnTheJdkGuavaSlf4jAndJSpecify() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.google.common..", "com.google.errorprone.annotations..", "org.slf4j..", "org.jspecify..", "dev.posdx.core..")
        .check(CORE);
  }

  @Test
  void coreUsesNoJacksonNoCaffeine() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "com.github.benmanes..", "org.yaml..")
        .check(CORE);
  }

  @Test
  void coreDoesNoFileOrNetworkIo() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..", "java.nio.channels..")
        .orShould()
        .dependOnClassesThat()
        .haveNameMatching("java\\.io\\.(File|RandomAccessFile|.*Stream|.*Reader|.*Writer)")
        .check(CORE);
  }

  @Test
  void coreFormatsNoLocalizedText() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.text..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.util.ResourceBundle")
        .check(CORE);
  }

  @Test
  void everyPackageIsNullMarked() {
    classes()
        .that()
        .haveSimpleName("package-info")
        .should()
        .beAnnotatedWith(org.jspecify.annotations.NullMarked.class)
        .check(CORE);
  }
}
