package org.physiokiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rule of DESIGN.md: only the ui package knows JavaFX, and nothing depends on ui. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.physiokiosk");
    }

    @Test
    void onlyTheUiPackageUsesJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.physiokiosk.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void nothingOutsideUiDependsOnUiButTheEntryPoint() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.physiokiosk.ui..")
                .and()
                .doNotHaveFullyQualifiedName("org.physiokiosk.Main")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.physiokiosk.ui..")
                .check(classes);
    }

    @Test
    void theFigureModelStandsAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.physiokiosk.figure..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.physiokiosk.content..",
                        "org.physiokiosk.player..",
                        "org.physiokiosk.program..",
                        "org.physiokiosk.handout..",
                        "org.physiokiosk.kiosk..",
                        "org.physiokiosk.cli..",
                        "com.fasterxml..",
                        "org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void theContentModelKnowsNoScreensPrintersOrCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("org.physiokiosk.content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.physiokiosk.handout..",
                        "org.physiokiosk.cli..",
                        "org.physiokiosk.kiosk..",
                        "org.apache.pdfbox..",
                        "picocli..")
                .check(classes);
    }

    @Test
    void kioskRulesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("org.physiokiosk.kiosk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.fasterxml..",
                        "org.apache.pdfbox..",
                        "picocli..",
                        "org.physiokiosk.content..",
                        "org.physiokiosk.cli..")
                .check(classes);
    }

    @Test
    void theCommonPackageDependsOnNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.physiokiosk.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.physiokiosk.content..",
                        "org.physiokiosk.figure..",
                        "org.physiokiosk.player..",
                        "org.physiokiosk.program..",
                        "org.physiokiosk.handout..",
                        "org.physiokiosk.kiosk..",
                        "org.physiokiosk.cli..",
                        "org.physiokiosk.ui..")
                .check(classes);
    }

    /** The ui packages every screen may use; every other package under ui is one screen and its parts. */
    private static final Set<String> SHARED_UI = Set.of("shell", "common", "theme", "i18n", "concurrent", "figure");

    /** One slice per screen package (ui.home, ui.player, ...); shared packages are in no slice. */
    private static final SliceAssignment SCREENS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String prefix = "org.physiokiosk.ui.";
            String name = javaClass.getPackageName();
            if (!name.startsWith(prefix)) {
                return SliceIdentifier.ignore();
            }
            String screen = name.substring(prefix.length()).split("\\.")[0];
            return SHARED_UI.contains(screen) ? SliceIdentifier.ignore() : SliceIdentifier.of(screen);
        }

        @Override
        public String getDescription() {
            return "screen packages under ui";
        }
    };

    @Test
    void uiPackagesHaveNoCycles() {
        slices().matching("org.physiokiosk.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void screensDoNotUseEachOther() {
        // Only the shell (the flows) knows which screen follows which; a screen is handed callbacks.
        slices().assignedFrom(SCREENS).should().notDependOnEachOther().check(classes);
    }

    @Test
    void sharedUiPartsDoNotUseTheShell() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.physiokiosk.ui.common..",
                        "org.physiokiosk.ui.theme..",
                        "org.physiokiosk.ui.i18n..",
                        "org.physiokiosk.ui.concurrent..",
                        "org.physiokiosk.ui.figure..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.physiokiosk.ui.shell..")
                .check(classes);
    }

    @Test
    void theProgramModelUsesOnlyContent() {
        // program is the builder's model and store: plain Java, the content records and Jackson for its files.
        noClasses()
                .that()
                .resideInAPackage("org.physiokiosk.program..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.physiokiosk.figure..",
                        "org.physiokiosk.handout..",
                        "org.physiokiosk.player..",
                        "org.physiokiosk.kiosk..",
                        "org.physiokiosk.cli..",
                        "org.physiokiosk.ui..",
                        "org.apache.pdfbox..",
                        "picocli..",
                        "javafx..")
                .check(classes);
    }
}
