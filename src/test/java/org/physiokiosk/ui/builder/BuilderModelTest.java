package org.physiokiosk.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.program.Program;

/** The builder's undo steps: a field typed digit by digit is one step, a refused value leaves no trace. */
class BuilderModelTest {

    private static final Catalog CATALOG =
            new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
    private final BuilderModel model = new BuilderModel(CATALOG, Program.empty(LocalDate.of(2026, 11, 29), "nl"), "nl");
    private final String exercise = CATALOG.exercises().keySet().iterator().next();

    @Test
    void typingIntoOneFieldIsOneUndoStep() {
        model.step(editor -> editor.addExercise(exercise));
        IntRange before = model.program().items().get(0).dose().reps();
        model.edit("item-0-reps", editor -> editor.setReps(0, IntRange.exactly(1)));
        model.edit("item-0-reps", editor -> editor.setReps(0, IntRange.exactly(12)));
        assertThat(model.program().items().get(0).dose().reps()).isEqualTo(IntRange.exactly(12));

        model.undo();
        assertThat(model.program().items().get(0).dose().reps()).isEqualTo(before);
        model.undo();
        assertThat(model.program().items()).isEmpty();
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aRestoredDraftCountsAsUnsavedWithAFreshHistory() {
        model.step(editor -> editor.addExercise(exercise));
        Program draft = model.program().withTitle("Rug");

        BuilderModel later = new BuilderModel(CATALOG, Program.empty(LocalDate.of(2026, 11, 29), "nl"), "nl");
        later.restoreUnsaved(draft);

        assertThat(later.program()).isEqualTo(draft);
        assertThat(later.unsavedProperty().get()).isTrue();
        assertThat(later.canUndoProperty().get()).isFalse();
        later.markSaved(draft.withStoreKey("k7qm4xpr2a", 1));
        assertThat(later.unsavedProperty().get()).isFalse();
    }

    @Test
    void leavingAFieldStartsANewStep() {
        model.step(editor -> editor.addExercise(exercise));
        model.edit("item-0-reps", editor -> editor.setReps(0, IntRange.exactly(12)));
        model.settle();
        model.edit("item-0-reps", editor -> editor.setReps(0, IntRange.exactly(15)));
        model.undo();
        assertThat(model.program().items().get(0).dose().reps()).isEqualTo(IntRange.exactly(12));
    }

    @Test
    void aRefusedValueTakesBackItsHalfTypedPrefixAndOffersNoRedo() {
        model.step(editor -> editor.addExercise(exercise));
        model.edit("item-0-reps", editor -> editor.setReps(0, IntRange.exactly(12)));
        model.settle();
        model.edit("item-0-reps", editor -> editor.setReps(0, IntRange.exactly(5)));
        model.edit("item-0-reps", editor -> editor.setReps(0, IntRange.exactly(50)));
        model.revert("item-0-reps"); // "500" was typed
        assertThat(model.program().items().get(0).dose().reps()).isEqualTo(IntRange.exactly(12));
        assertThat(model.canRedoProperty().get()).isFalse();
        model.redo();
        assertThat(model.program().items().get(0).dose().reps()).isEqualTo(IntRange.exactly(12));
    }

    @Test
    void aRefusedReviewDateChangesNothing() {
        Optional<String> problem = model.setReviewDate(Optional.of(LocalDate.of(2026, 11, 1)));
        assertThat(problem).isPresent();
        assertThat(model.program().reviewDate()).isEmpty();
        assertThat(model.unsavedProperty().get())
                .as("the date in the red field is not in the program: not saved (F17)")
                .isTrue();
    }

    @Test
    void savingKeepsTheStoreKeyThroughUndo() {
        model.step(editor -> editor.addExercise(exercise));
        model.markSaved(model.program().withStoreKey("abc", 1));
        assertThat(model.unsavedProperty().get()).isFalse();
        model.edit("details-title", editor -> editor.setTitle("Rug"));
        assertThat(model.unsavedProperty().get()).isTrue();
        model.undo();
        assertThat(model.program().id()).contains("abc");
        assertThat(model.program().revision()).isEqualTo(1);
    }

    @Test
    void aFieldHoldingRefusedTextCountsAsUnsavedUntilTakenOrAnotherProgramIsOpened() {
        model.step(editor -> editor.addExercise(exercise));
        model.markSaved(model.program().withStoreKey("k7qm4xpr2a", 1));
        assertThat(model.unsavedProperty().get()).isFalse();

        model.holdBack("item-1-sets", "Oefening 1 · Series: kies 1 tot 20");
        model.holdBack("item-1-rest", "Oefening 1 · Rust (seconden): geen heel getal");
        assertThat(model.unsavedProperty().get())
                .as("what was typed is not in the program")
                .isTrue();
        assertThat(model.heldBackProperty().get()).isTrue();
        assertThat(model.firstHeldBack())
                .hasValue(new BuilderModel.FieldProblem("item-1-sets", "Oefening 1 · Series: kies 1 tot 20"));
        assertThat(model.heldBackCount()).isEqualTo(2);

        model.release("item-1-sets");
        model.release("item-1-rest");
        assertThat(model.unsavedProperty().get()).isFalse();
        assertThat(model.heldBackProperty().get()).isFalse();

        model.holdBack("item-1-sets", "Oefening 1 · Series: kies 1 tot 20");
        model.replace(Program.empty(LocalDate.of(2026, 11, 29), "nl"));
        assertThat(model.holdsBack("item-1-sets")).isFalse();
        assertThat(model.unsavedProperty().get()).isFalse();
    }

    @Test
    void aRefusedReviewDateIsHeldBackUntilTheDatesAgree() {
        assertThat(model.setReviewDate(Optional.of(LocalDate.of(2026, 1, 1)))).isPresent();
        assertThat(model.holdsBack(ProgramDetailsPane.REVIEW_ID)).isTrue();
        assertThat(model.setReviewDate(Optional.of(LocalDate.of(2027, 1, 1)))).isEmpty();
        assertThat(model.holdsBack(ProgramDetailsPane.REVIEW_ID)).isFalse();
    }
}
