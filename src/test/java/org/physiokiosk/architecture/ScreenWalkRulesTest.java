package org.physiokiosk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.physiokiosk.testing.Finger;
import org.testfx.api.FxRobot;

/**
 * Screen walks find and measure nodes on the FX thread ({@link Finger}). TestFX's own {@code clickOn},
 * {@code doubleClickOn}, {@code drag} and {@code moveTo} with a query or a node measure from the test thread, racing the FX thread's
 * pulse: that broke a pulse in CI and sent the kiosk back to its start screen in the middle of a walk.
 */
class ScreenWalkRulesTest {

    @Test
    void walksTouchTheScreenThroughTheFinger() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.physiokiosk");
        noClasses()
                .that()
                .doNotBelongToAnyOf(Finger.class)
                .should()
                .callMethod(FxRobot.class, "clickOn", String.class, MouseButton[].class)
                .orShould()
                .callMethod(FxRobot.class, "clickOn", Node.class, MouseButton[].class)
                .orShould()
                .callMethod(FxRobot.class, "drag", String.class, MouseButton[].class)
                .orShould()
                .callMethod(FxRobot.class, "drag", Node.class, MouseButton[].class)
                .orShould()
                .callMethod(FxRobot.class, "moveTo", String.class)
                .orShould()
                .callMethod(FxRobot.class, "doubleClickOn", String.class, MouseButton[].class)
                .orShould()
                .callMethod(FxRobot.class, "doubleClickOn", Node.class, MouseButton[].class)
                .orShould()
                .callMethod(FxRobot.class, "moveTo", Node.class)
                .because("TestFX measures a node from the test thread while the FX thread may be mid-pulse")
                .check(tests);
    }
}
