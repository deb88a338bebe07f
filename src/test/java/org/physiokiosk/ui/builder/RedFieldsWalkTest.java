package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramStore;
import org.physiokiosk.testing.BuilderWindow;
import org.physiokiosk.testing.DeskWalk;
import org.physiokiosk.testing.Finger;
import org.physiokiosk.testing.TherapistDesk;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F17 and F18 of the hostile walk: a red dose field keeps what the therapist typed whatever else changes, and
 * Save, PDF and Print are refused while one is red, naming it; the toolbar says one status, always true.
 */
@ExtendWith(ApplicationExtension.class)
class RedFieldsWalkTest {

    /** Every number field of an exercise, with text it refuses and a valid value different from the default. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "sets", List.of("0", "4"),
            "reps", List.of("99999", "8-12"),
            "hold", List.of("99999", "7"),
            "rest", List.of("abc", "45"),
            "times", List.of("0", "2"),
            "days", List.of("8", "5"));

    @RegisterExtension
    final DeskWalk walk = new DeskWalk("red-fields");

    private final List<String> exported = new ArrayList<>();
    private ProgramStore store;
    private BuilderWindow window;
    private BuilderScreen screen;

    private void open(int exercises, double width, double height) throws Exception {
        TherapistDesk desk = walk.desk().exportTo(name -> {
            exported.add(name);
            return Optional.empty();
        });
        store = desk.store();
        Program program = TherapistDesk.programOf(exercises, "nl");
        walk.showBuilder(width, height, shown -> shown.open(program));
        window = walk.window();
        screen = window.screen();
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    @Test
    void aRedFieldKeepsWhatWasTypedWhateverElseOfTheExerciseChanges(FxRobot robot) throws Exception {
        open(2, 1920, 1080);
        for (Map.Entry<String, List<String>> red : FIELDS.entrySet()) {
            robot.interact(() -> screen.open(screen.program())); // every field valid again
            String redId = "item-1-" + red.getKey();
            String before = field(robot, redId).getText();
            Program beforeProgram = screen.program();
            DeskFields.type(robot, redId, red.getValue().get(0));
            for (Map.Entry<String, List<String>> other : FIELDS.entrySet()) {
                if (!other.getKey().equals(red.getKey())) {
                    DeskFields.type(
                            robot, "item-1-" + other.getKey(), other.getValue().get(1));
                }
            }
            robot.interact(() -> {
                robot.lookup("#item-1-side").queryAs(ComboBox.class).setValue(Side.ALTERNATE);
                field(robot, "item-1-note").setText("Rustig aan");
            });
            DeskFields.type(robot, "item-2-sets", "5"); // another exercise, too

            assertThat(field(robot, redId).getText())
                    .as(red.getKey() + " keeps the typed text")
                    .isEqualTo(red.getValue().get(0));
            assertThat(DeskFields.showing(robot, redId + CheckedField.PROBLEM_SUFFIX))
                    .as(red.getKey() + " stays red")
                    .isTrue();
            assertThat(screen.program()).as("the other edits were taken").isNotEqualTo(beforeProgram);
            robot.interact(() -> screen.open(beforeProgram));
            assertThat(field(robot, redId).getText())
                    .as("another program opened shows its own values")
                    .isEqualTo(before);
        }
    }

    @Test
    void saveAndHandoutsAreRefusedWhileAFieldIsRedNamingItAndBringingItIntoView(FxRobot robot) throws Exception {
        open(7, 1280, 800);
        DeskFields.type(robot, "item-7-sets", "0");
        ScrollPane list =
                scrollAround(robot.lookup("#" + ProgramItemsPane.LIST_ID).query());
        robot.interact(() -> list.setVvalue(0));
        Finger.tap(robot, "#builder-title");

        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        String refusal = "Nog niet opgeslagen. Verbeter eerst het rode veld: Oefening 7 · Series: kies 1 tot 20";
        assertThat(DeskFields.text(robot, Notices.STATUS_ID)).isEqualTo(refusal);
        assertThat(DeskFields.text(robot, Notices.ALERT_TEXT_ID)).isEqualTo(refusal);
        assertThat(store.list().programs()).as("nothing saved").isEmpty();
        assertThat(DeskFields.showing(robot, BuilderToolbar.UNSAVED_ID)).isTrue();
        TextField red = field(robot, "item-7-sets");
        assertThat(red.isFocused()).as("the red field has the focus").isTrue();
        Bounds shown = list.localToScene(list.getLayoutBounds());
        Bounds at = red.localToScene(red.getLayoutBounds());
        assertThat(at.getMinY()).as("scrolled into view").isGreaterThanOrEqualTo(shown.getMinY());
        assertThat(at.getMaxY()).isLessThanOrEqualTo(shown.getMaxY());

        DeskFields.type(robot, "item-3-rest", "abc");
        Finger.tap(robot, "#" + BuilderToolbar.EXPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exported).as("no PDF asked for").isEmpty();
        assertThat(DeskFields.text(robot, Notices.STATUS_ID))
                .isEqualTo("Geen PDF gemaakt. Verbeter eerst het rode veld: Oefening 7 · Series: kies 1 tot 20"
                        + " (en nog 1 rood veld)");
        Finger.tap(robot, "#" + BuilderToolbar.PRINT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskFields.text(robot, Notices.STATUS_ID))
                .startsWith("Niet afgedrukt. Verbeter eerst het rode veld");

        DeskFields.type(robot, "item-7-sets", "3");
        DeskFields.type(robot, "item-3-rest", "20");
        assertThat(DeskFields.text(robot, Notices.STATUS_ID))
                .as("no longer true, so taken back")
                .isEmpty();
        assertThat(DeskFields.showing(robot, Notices.ALERT_ID)).isFalse();
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        Program saved = store.load(store.list().programs().get(0).id()).orElseThrow();
        assertThat(saved.items().get(6).dose().sets()).isEqualTo(3);
        assertThat(saved.items().get(2).dose().restSeconds()).isEqualTo(20);
    }

    @Test
    void aRedFieldGoesWithItsExerciseWhenTheListChanges(FxRobot robot) throws Exception {
        open(3, 1920, 1080);
        DeskFields.type(robot, "item-3-hold", "99999");
        Finger.tap(robot, "#item-1-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "item-2-hold").getText()).isEqualTo("99999");
        assertThat(DeskFields.showing(robot, "item-2-hold" + CheckedField.PROBLEM_SUFFIX))
                .isTrue();

        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskFields.text(robot, Notices.STATUS_ID)).contains("Oefening 2 · Vasthouden (seconden): kies");
        assertThat(store.list().programs()).isEmpty();
    }

    @Test
    void aRefusedReviewDateAlsoHoldsTheSaveBack(FxRobot robot) throws Exception {
        open(1, 1920, 1080);
        robot.interact(() -> robot.lookup("#" + ProgramDetailsPane.REVIEW_ID)
                .queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 1, 1)));
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskFields.text(robot, Notices.STATUS_ID))
                .startsWith("Nog niet opgeslagen")
                .contains("controledatum");
        assertThat(store.list().programs()).isEmpty();

        robot.interact(() -> robot.lookup("#" + ProgramDetailsPane.REVIEW_ID)
                .queryAs(DatePicker.class)
                .setValue(LocalDate.of(2027, 1, 1)));
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.list().programs()).hasSize(1);
    }

    @Test
    void anotherProgramOpenedShowsItsOwnReviewDateNotTheRefusedOne(FxRobot robot) throws Exception {
        open(1, 1920, 1080);
        DatePicker review = robot.lookup("#" + ProgramDetailsPane.REVIEW_ID).queryAs(DatePicker.class);
        robot.interact(() -> review.setValue(LocalDate.of(2026, 1, 1)));
        assertThat(DeskFields.showing(robot, ProgramDetailsPane.REVIEW_ID + CheckedField.PROBLEM_SUFFIX))
                .isTrue();

        Program other = Program.empty(LocalDate.of(2026, 11, 29), "nl")
                .withTitle("Nek")
                .withReviewDate(Optional.of(LocalDate.of(2027, 2, 1)));
        robot.interact(() -> screen.open(other));

        assertThat(review.getValue()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(DeskFields.showing(robot, ProgramDetailsPane.REVIEW_ID + CheckedField.PROBLEM_SUFFIX))
                .as("the refused date's problem belongs to the program that was open")
                .isFalse();
    }

    @Test
    void afterASaveAnEditLeavesOnlyNotSaved(FxRobot robot) throws Exception {
        open(1, 1280, 800);
        Finger.tap(robot, "#" + BuilderToolbar.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DeskFields.text(robot, Notices.STATUS_ID)).isEqualTo("Programma opgeslagen");
        assertThat(DeskFields.showing(robot, BuilderToolbar.UNSAVED_ID)).isFalse();

        DeskFields.type(robot, "item-1-reps", "12");
        assertThat(DeskFields.showing(robot, BuilderToolbar.UNSAVED_ID)).isTrue();
        assertThat(DeskFields.text(robot, Notices.STATUS_ID))
                .as("no longer true")
                .isEmpty();
        Label unsaved = robot.lookup("#" + BuilderToolbar.UNSAVED_ID).queryAs(Label.class);
        assertThat(unsaved.getText()).isEqualTo("Niet opgeslagen");
    }

    private static ScrollPane scrollAround(Node node) {
        Node at = node;
        while (!(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        return (ScrollPane) at;
    }
}
