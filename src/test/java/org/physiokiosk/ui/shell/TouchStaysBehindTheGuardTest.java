package org.physiokiosk.ui.shell;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.scene.input.GestureEvent;
import javafx.scene.input.TouchEvent;
import org.junit.jupiter.api.Test;
import org.physiokiosk.ui.common.LongPress;

/**
 * The tap guard keeps a tap off content the patient did not see by swallowing mouse events, the ones JavaFX makes
 * from touches (decisions 0028, 0047). A screen that acted on touch or gesture events themselves (a touch press,
 * a swipe, a zoom) would act behind the guard's back; only the idle guard may hear them, as presence, and the staff
 * door's long press, to refuse a palm (a second touch point or a slide spoils the press; a touch never starts one).
 */
class TouchStaysBehindTheGuardTest {

    @Test
    void onlyTheIdleGuardListensToTouchesAndGesturesThemselves() {
        JavaClasses app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.physiokiosk");
        noClasses()
                .that()
                .doNotBelongToAnyOf(IdleGuard.class, LongPress.class)
                .should()
                .dependOnClassesThat(assignableTo(TouchEvent.class).or(assignableTo(GestureEvent.class)))
                .because("the tap guard swallows mouse events only; a touch handler would act on unseen content")
                .check(app);
    }
}
