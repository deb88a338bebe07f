package org.physiokiosk.ui.builder;

import java.time.LocalDate;
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

    /** True when the program differs from what was last saved or opened. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** Opens another program (new, loaded, from a template): a fresh history. */
    public void replace(Program next) {
        editor = new ProgramEditor(catalog, next, wordsLanguage);
        lastField = Optional.empty();
        redoHidden = false;
        publish();
    }

    /** Brings back work that was never saved (a draft kept when the kiosk reset): a fresh history, unsaved. */
    public void restoreUnsaved(Program draft) {
        editor = ProgramEditor.ofUnsaved(catalog, draft, wordsLanguage);
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

    public Optional<String> setDate(LocalDate date) {
        return editField("date", () -> editor.setDate(date));
    }

    public Optional<String> setReviewDate(Optional<LocalDate> date) {
        return editField("review", () -> editor.setReviewDate(date));
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
        unsaved.set(editor.hasUnsavedChanges());
    }
}
