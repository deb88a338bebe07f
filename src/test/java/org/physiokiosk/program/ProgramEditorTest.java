package org.physiokiosk.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physiokiosk.program.ProgramFixtures.KNEES_DOSE;
import static org.physiokiosk.program.ProgramFixtures.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

class ProgramEditorTest {

    private final ProgramEditor editor = new ProgramEditor(ProgramFixtures.catalog(), ProgramFixtures.empty(), "en");

    private List<String> exercises() {
        return editor.program().items().stream().map(ProgramItem::exercise).toList();
    }

    private ProgramItem item(int index) {
        return editor.program().items().get(index);
    }

    @Test
    void setsTheProgramsOwnFields() {
        editor.setTitle(" Back at work ");
        editor.setPatient("J. Jansen");
        editor.setTherapist("Anna");
        editor.setInstructions("Stop when it hurts more.");
        editor.setLanguage("en");
        Program p = editor.program();
        assertThat(p.title()).isEqualTo("Back at work");
        assertThat(p.patient()).contains("J. Jansen");
        assertThat(p.therapist()).isEqualTo("Anna");
        assertThat(p.instructions()).isEqualTo("Stop when it hurts more.");
        assertThat(p.language()).isEqualTo("en");
        editor.setPatient("  ");
        assertThat(editor.program().patient()).isEmpty();
        editor.setPatient(null);
        assertThat(editor.program().patient()).isEmpty();
    }

    @Test
    void aReviewDateBeforeTheProgramsDateIsRefusedWithAMessage() {
        assertThat(editor.setReviewDate(Optional.of(TODAY.plusWeeks(4)))).isEmpty();
        assertThat(editor.program().reviewDate()).contains(TODAY.plusWeeks(4));
        assertThat(editor.setReviewDate(Optional.of(TODAY.minusDays(1))))
                .contains("The review date is before the program's date (29/11/2026)");
        assertThat(editor.setReviewDate(Optional.of(TODAY))).isEmpty();
        assertThat(editor.setDate(TODAY.plusDays(1)))
                .contains("The review date is before the program's date (30/11/2026)");
        assertThat(editor.program().date()).isEqualTo(TODAY);
        assertThat(editor.setReviewDate(Optional.empty())).isEmpty();
        assertThat(editor.setDate(TODAY.plusDays(1))).isEmpty();
        assertThat(editor.program().date()).isEqualTo(TODAY.plusDays(1));
        // The date as the date field writes it, not 2026-11-29 (seen on the real desk beside "1/12/2026").
        ProgramEditor dutch = new ProgramEditor(ProgramFixtures.catalog(), ProgramFixtures.empty(), "nl");
        assertThat(dutch.setReviewDate(Optional.of(TODAY.minusDays(1))))
                .contains("De controledatum ligt vóór de datum van het programma (29-11-2026)");
        assertThat(editor.program().reviewDate()).isEmpty();
    }

    @Test
    void anAddedExerciseStartsWithItsOwnDoseEveryDayAndNoNote() {
        editor.addExercise("knees-to-chest");
        assertThat(item(0)).isEqualTo(new ProgramItem("knees-to-chest", KNEES_DOSE, 7, ""));
        assertThat(item(0).dose().reps()).isEqualTo(new IntRange(5, 10));
        assertThatThrownBy(() -> editor.addExercise("no-such")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removesAndMovesItems() {
        editor.addExercise("knees-to-chest");
        editor.addExercise("bridge");
        editor.addExercise("calf-stretch");
        editor.moveItem(0, 2);
        assertThat(exercises()).containsExactly("bridge", "calf-stretch", "knees-to-chest");
        editor.moveItem(2, 0);
        assertThat(exercises()).containsExactly("knees-to-chest", "bridge", "calf-stretch");
        editor.moveItem(1, 2);
        assertThat(exercises()).containsExactly("knees-to-chest", "calf-stretch", "bridge");
        editor.removeItem(2);
        assertThat(exercises()).containsExactly("knees-to-chest", "calf-stretch");
        editor.removeItem(0);
        assertThat(exercises()).containsExactly("calf-stretch");
        assertThatThrownBy(() -> editor.removeItem(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> editor.moveItem(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void everyDoseEditChangesOneFieldAndMakesItTheTherapistsChoice() {
        editor.addExercise("knees-to-chest");
        editor.setSets(0, 3);
        assertThat(item(0).dose().sets()).isEqualTo(3);
        assertThat(item(0).dose().defaults()).containsExactly(Dose.REST_SECONDS);
        editor.setRestSeconds(0, 45);
        assertThat(item(0).dose().restSeconds()).isEqualTo(45);
        assertThat(item(0).dose().defaults()).isEmpty();
        editor.setReps(0, IntRange.exactly(12));
        editor.setHoldSeconds(0, new IntRange(10, 20));
        editor.setSide(0, Side.EACH);
        editor.setTimesPerDay(0, IntRange.exactly(3));
        editor.setDaysPerWeek(0, 5);
        editor.setNote(0, " Slowly ");
        assertThat(item(0))
                .isEqualTo(new ProgramItem(
                        "knees-to-chest",
                        new Dose(
                                IntRange.exactly(12),
                                3,
                                new IntRange(10, 20),
                                45,
                                Side.EACH,
                                IntRange.exactly(3),
                                Set.of()),
                        5,
                        "Slowly"));
    }

    @Test
    void anUnchangedValueStillBecomesTheTherapistsChoice() {
        editor.addExercise("knees-to-chest");
        editor.setSets(0, 1);
        assertThat(item(0).dose().sets()).isEqualTo(1);
        assertThat(item(0).dose().defaults()).containsExactly(Dose.REST_SECONDS);
        assertThat(editor.canUndo()).isTrue();
    }

    @Test
    void typedValuesAreAppliedOrRefusedWithAMessage() {
        editor.addExercise("knees-to-chest");
        assertThat(editor.enter(0, DoseField.REPS, "8-12")).isEmpty();
        assertThat(editor.enter(0, DoseField.SETS, "2")).isEmpty();
        assertThat(editor.enter(0, DoseField.HOLD_SECONDS, "10")).isEmpty();
        assertThat(editor.enter(0, DoseField.REST_SECONDS, "20")).isEmpty();
        assertThat(editor.enter(0, DoseField.TIMES_PER_DAY, "2-3")).isEmpty();
        assertThat(editor.enter(0, DoseField.DAYS_PER_WEEK, "5")).isEmpty();
        ProgramItem typed = item(0);
        assertThat(typed)
                .isEqualTo(new ProgramItem(
                        "knees-to-chest",
                        new Dose(
                                new IntRange(8, 12),
                                2,
                                IntRange.exactly(10),
                                20,
                                Side.NONE,
                                new IntRange(2, 3),
                                Set.of()),
                        5,
                        ""));

        assertThat(editor.enter(0, DoseField.REPS, "0")).contains("Reps: choose 1 to 100");
        assertThat(editor.enter(0, DoseField.SETS, "2-3")).contains("Sets: one number, not a range");
        assertThat(editor.enter(0, DoseField.DAYS_PER_WEEK, "8")).contains("Days per week: choose 1 to 7");
        assertThat(item(0)).isEqualTo(typed);
    }

    @Test
    void messagesComeInTheScreensLanguageNotTheProgramsLanguage() {
        ProgramEditor dutchScreen = new ProgramEditor(ProgramFixtures.catalog(), Program.empty(TODAY, "en"), "nl");
        dutchScreen.addExercise("bridge");
        assertThat(dutchScreen.enter(0, DoseField.REPS, "101")).contains("Herhalingen: kies 1 tot 100");
    }

    @Test
    void undoAndRedoWalkThroughEveryEdit() {
        assertThat(editor.canUndo()).isFalse();
        assertThat(editor.canRedo()).isFalse();
        editor.setTitle("A");
        editor.addExercise("bridge");
        editor.setSets(0, 4);
        Program afterAll = editor.program();

        editor.undo();
        assertThat(item(0).dose().sets()).isEqualTo(3);
        assertThat(editor.canRedo()).isTrue();
        editor.undo();
        assertThat(editor.program().items()).isEmpty();
        editor.undo();
        assertThat(editor.program()).isEqualTo(ProgramFixtures.empty());
        assertThat(editor.canUndo()).isFalse();
        editor.undo();
        assertThat(editor.program()).isEqualTo(ProgramFixtures.empty());

        editor.redo();
        editor.redo();
        editor.redo();
        assertThat(editor.program()).isEqualTo(afterAll);
        assertThat(editor.canRedo()).isFalse();
        editor.redo();
        assertThat(editor.program()).isEqualTo(afterAll);
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoSteps() {
        editor.setTitle("A");
        editor.setTitle("B");
        editor.undo();
        editor.setTitle("C");
        assertThat(editor.canRedo()).isFalse();
        editor.undo();
        assertThat(editor.program().title()).isEqualTo("A");
    }

    @Test
    void anEditThatChangesNothingLeavesNoHistoryAndTellsNoOne() {
        List<Program> seen = new ArrayList<>();
        editor.subscribe(seen::add);
        editor.setTitle("");
        editor.setTitle("   ");
        editor.setLanguage("nl");
        assertThat(editor.canUndo()).isFalse();
        assertThat(seen).isEmpty();
    }

    @Test
    void listenersHearEveryChangeUntilTheyClose() {
        List<Program> seen = new ArrayList<>();
        ProgramEditor.Registration registration = editor.subscribe(seen::add);
        editor.setTitle("A");
        editor.undo();
        editor.redo();
        assertThat(seen).extracting(Program::title).containsExactly("A", "", "A");
        registration.close();
        editor.setTitle("B");
        assertThat(seen).hasSize(3);
    }

    @Test
    void aListenerMayCloseItselfWhileBeingCalled() {
        List<String> calls = new ArrayList<>();
        ProgramEditor.Registration[] own = new ProgramEditor.Registration[1];
        own[0] = editor.subscribe(p -> {
            calls.add("first");
            own[0].close();
        });
        editor.subscribe(p -> calls.add("second"));
        editor.setTitle("A");
        editor.setTitle("B");
        assertThat(calls).containsExactly("first", "second", "second");
    }

    @Test
    void afterASaveTheStoreKeyStaysThroughUndoAndRedo() {
        editor.setTitle("A");
        assertThat(editor.hasUnsavedChanges()).isTrue();
        editor.saved(editor.program().withStoreKey("abc", 1));
        assertThat(editor.program().id()).contains("abc");
        assertThat(editor.program().revision()).isEqualTo(1);
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(editor.canUndo()).isTrue();

        editor.undo();
        assertThat(editor.program().title()).isEmpty();
        assertThat(editor.program().id()).contains("abc");
        assertThat(editor.program().revision()).isEqualTo(1);
        assertThat(editor.hasUnsavedChanges()).isTrue();
        editor.redo();
        assertThat(editor.hasUnsavedChanges()).isFalse();

        editor.saved(editor.program().withStoreKey("abc", 2));
        assertThat(editor.program().revision()).isEqualTo(2);
        editor.saved(editor.program());
        assertThat(editor.program().revision()).isEqualTo(2);
    }

    @Test
    void aFreshEditorHasNothingUnsaved() {
        assertThat(editor.hasUnsavedChanges()).isFalse();
        assertThat(editor.catalog().exercises()).containsKey("bridge");
    }

    @Test
    void aLaterDateIsAcceptedWhileTheReviewDateIsStillAfterIt() {
        assertThat(editor.setReviewDate(Optional.of(TODAY.plusWeeks(4)))).isEmpty();
        assertThat(editor.setDate(TODAY.plusDays(1))).isEmpty();
        assertThat(editor.program().date()).isEqualTo(TODAY.plusDays(1));
        assertThat(editor.program().reviewDate()).contains(TODAY.plusWeeks(4));
    }

    @Test
    void aRedoneEditCanBeUndoneAgain() {
        editor.setTitle("A");
        editor.undo();
        editor.redo();
        assertThat(editor.canUndo()).isTrue();
        editor.undo();
        assertThat(editor.program().title()).isEmpty();
    }

    @Test
    void aSaveUnderANewIdMovesTheEditorToThatId() {
        ProgramEditor opened = new ProgramEditor(
                ProgramFixtures.catalog(), ProgramFixtures.empty().withStoreKey("abc", 1), "en");
        opened.setTitle("A");
        opened.saved(opened.program().withStoreKey("xyz", 1));
        assertThat(opened.program().id())
                .as("the next save must not go to the old file")
                .contains("xyz");
        assertThat(opened.program().revision()).isEqualTo(1);
        assertThat(opened.hasUnsavedChanges()).isFalse();
    }
}
