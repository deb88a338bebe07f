package org.physiokiosk.ui.builder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramEditor;

/**
 * The builder's view of {@link ProgramEditor}: its program as a read-only JavaFX property, and its named
 * commands. One thing is added: consecutive edits of the same field (typing "1", then "12") merge into
 * one undo step, so Ctrl+Z takes back the whole value rather than a digit. The merge is done by undoing
 * the previous step of that field before applying the new one, with listeners told only the end result.
 */
public final class BuilderModel {

    private final Catalog catalog;
    private final String wordsLanguage;
    private final ReadOnlyObjectWrapper<Program> program = new ReadOnlyObjectWrapper<>(this, "program");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyBooleanWrapper heldBack = new ReadOnlyBooleanWrapper(this, "heldBack");
    /** Fields whose typed text was refused, by the id of the field, in the order they turned red. */
    private final Map<String, FieldProblem> held = new LinkedHashMap<>();

    private ProgramEditor editor;
    private Optional<String> lastField = Optional.empty();
    /** After a revert the editor's redo holds the half-typed value: not something to offer back. */
    private boolean redoHidden;

    public BuilderModel(Catalog catalog, Program start, String wordsLanguage) {
        this.catalog = catalog;
        this.wordsLanguage = wordsLanguage;
        replace(start);
    }

    public ReadOnlyObjectProperty<Program> programProperty() {
        return program.getReadOnlyProperty();
    }

    public Program program() {
        return program.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * A field whose text was refused: the program keeps its previous value, so what the therapist typed is
     * not in it. {@code field} is the id of the field on screen; {@code where} says it in words
     * ("Oefening 2 · Series: kies 1 tot 20").
     */
    public record FieldProblem(String field, String where) {}

    /** True while some field holds text the program could not take: saving it now would lose that text. */
    public ReadOnlyBooleanProperty heldBackProperty() {
        return heldBack.getReadOnlyProperty();
    }

    /** The first field still refused, if any. */
    public Optional<FieldProblem> firstHeldBack() {
        return held.values().stream().findFirst();
    }

    public int heldBackCount() {
        return held.size();
    }

    /** Whether {@code field} still holds refused text (and so must keep it in view). */
    public boolean holdsBack(String field) {
        return held.containsKey(field);
    }

    /** The field's text was refused: the program stays as it was, and counts as not saved. */
    public void holdBack(String field, String where) {
        held.remove(field); // a new problem of the same field goes to the end, as if it turned red now
        held.put(field, new FieldProblem(field, where));
        publishHeld();
    }

    /** The field's text was taken (or the field is gone). */
    public void release(String field) {
        if (held.remove(field) != null) {
            publishHeld();
        }
    }

    /** True when the program differs from what was last saved or opened, or a field holds refused text. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** Opens another program (new, loaded, from a template): a fresh history. */
    public void replace(Program next) {
        editor = new ProgramEditor(catalog, next, wordsLanguage);
        held.clear(); // the fields show the new program
        lastField = Optional.empty();
        redoHidden = false;
        publish();
    }

    /** Brings back work that was never saved (a draft kept when the kiosk reset): a fresh history, unsaved. */
    public void restoreUnsaved(Program draft) {
        editor = ProgramEditor.ofUnsaved(catalog, draft, wordsLanguage);
        held.clear();
        lastField = Optional.empty();
        redoHidden = false;
        publish();
    }

    /** A step of its own: adding, removing and moving are never merged. */
    public void step(java.util.function.Consumer<ProgramEditor> command) {
        command.accept(editor);
        lastField = Optional.empty();
        publish();
    }

    /** An edit of one field, merged with the previous edit when that was of the same field. */
    public void edit(String field, java.util.function.Consumer<ProgramEditor> command) {
        editField(field, () -> {
            command.accept(editor);
            return Optional.empty();
        });
    }

    /** An edit the editor may refuse with a message (dates); a refused edit changes nothing. */
    public Optional<String> editField(String field, Supplier<Optional<String>> command) {
        boolean merge = lastField.equals(Optional.of(field)) && editor.canUndo();
        if (merge) {
            editor.undo();
        }
        Program base = editor.program();
        Optional<String> problem = command.get();
        if (problem.isPresent() && merge) {
            editor.redo();
        }
        // Only a step that is now on the history may be merged into next time; typing the old value back leaves none.
        lastField = problem.isEmpty() && !editor.program().equals(base)
                ? Optional.of(field)
                : problem.isPresent() ? lastField : Optional.empty();
        publish();
        return problem;
    }

    /** Ends a run of edits of one field (the therapist left it): the next edit is a step of its own. */
    public void settle() {
        lastField = Optional.empty();
    }

    /**
     * The field's text turned invalid: the program goes back to where it was before this field's run of
     * edits, so a half-typed value ("50" on the way to "500") does not stay in it.
     */
    public void revert(String field) {
        if (lastField.equals(Optional.of(field)) && editor.canUndo()) {
            editor.undo();
            lastField = Optional.empty();
            redoHidden = true;
            publish();
        }
    }

    /** The date and the review date are checked together; a refusal of either is shown at the review date. */
    public Optional<String> setDate(LocalDate date) {
        return heldAtReview(editField("date", () -> editor.setDate(date)));
    }

    public Optional<String> setReviewDate(Optional<LocalDate> date) {
        return heldAtReview(editField("review", () -> editor.setReviewDate(date)));
    }

    private Optional<String> heldAtReview(Optional<String> problem) {
        problem.ifPresentOrElse(
                text -> holdBack(ProgramDetailsPane.REVIEW_ID, text), () -> release(ProgramDetailsPane.REVIEW_ID));
        return problem;
    }

    public void undo() {
        redoHidden = false;
        editor.undo();
        lastField = Optional.empty();
        publish();
    }

    public void redo() {
        if (redoHidden) {
            return;
        }
        editor.redo();
        lastField = Optional.empty();
        publish();
    }

    /** The store saved the program: it takes the id and revision, and counts as saved. */
    public void markSaved(Program stored) {
        editor.saved(stored);
        lastField = Optional.empty();
        publish();
    }

    private void publish() {
        program.set(editor.program());
        canUndo.set(editor.canUndo());
        if (!editor.canRedo()) {
            redoHidden = false; // an edit since has emptied the editor's redo
        }
        canRedo.set(editor.canRedo() && !redoHidden);
        publishHeld();
    }

    private void publishHeld() {
        heldBack.set(!held.isEmpty());
        unsaved.set(editor.hasUnsavedChanges() || !held.isEmpty());
    }
}
