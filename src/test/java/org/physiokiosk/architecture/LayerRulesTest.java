package org.physiokiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rule of DESIGN.md: only the ui package knows JavaFX, and nothing depends on ui. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.physiokiosk");
    }

    @Test
    void onlyTheUiPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.physiokiosk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void nothingOutsideUiDependsOnUiButTheEntryPoint() {
        noClasses().that().resideOutsideOfPackage("org.physiokiosk.ui..")
                .and().doNotHaveFullyQualifiedName("org.physiokiosk.Main")
                .should().dependOnClassesThat().resideInAPackage("org.physiokiosk.ui..")
                .check(classes);
    }

    @Test
    void theFigureModelStandsAlone() {
        noClasses().that().resideInAPackage("org.physiokiosk.figure..")
                .should().dependOnClassesThat().resideInAnyPackage("org.physiokiosk.content..", "org.physiokiosk.player..",
                        "org.physiokiosk.program..", "org.physiokiosk.handout..", "org.physiokiosk.kiosk..",
                        "org.physiokiosk.cli..", "com.fasterxml..", "org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void theContentModelKnowsNoScreensPrintersOrCommandLine() {
        noClasses().that().resideInAPackage("org.physiokiosk.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.physiokiosk.handout..", "org.physiokiosk.cli..",
                        "org.physiokiosk.kiosk..", "org.apache.pdfbox..", "picocli..")
                .check(classes);
    }

    @Test
    void kioskRulesArePlainJava() {
        noClasses().that().resideInAPackage("org.physiokiosk.kiosk..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.apache.pdfbox..", "picocli..",
                        "org.physiokiosk.content..", "org.physiokiosk.cli..")
                .check(classes);
    }
}
