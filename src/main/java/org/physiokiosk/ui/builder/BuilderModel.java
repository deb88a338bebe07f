package org.physiokiosk.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * The program on the builder's desk, read-only to the panes and changed by named commands, each undoable.
 * Consecutive edits of one field (typing "1", "12") merge into one undo step, so Ctrl+Z takes back the
 * whole value, not a digit. The store key (id, revision) is not part of the history: undoing an edit
 * after a save must not send an old revision back to the store.
 */
public final class BuilderModel {

    private final ReadOnlyObjectWrapper<Program> program = new ReadOnlyObjectWrapper<>(this, "program");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final List<Program> undo = new ArrayList<>();
    private final List<Program> redo = new ArrayList<>();
    private Optional<String> lastEditKey = Optional.empty();
    private Program saved;

    public BuilderModel(Program start) {
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
        undo.clear();
        redo.clear();
        lastEditKey = Optional.empty();
        saved = next;
        set(next);
    }

    public void addExercise(Exercise exercise) {
        List<ProgramItem> items = new ArrayList<>(program().items());
        items.add(new ProgramItem(exercise.id(), exercise.dose(), ProgramItem.DAYS_PER_WEEK_LIMIT.max(), ""));
        edit(program().withItems(items), Optional.empty());
    }

    public void removeItem(int index) {
        List<ProgramItem> items = new ArrayList<>(program().items());
        items.remove(index);
        edit(program().withItems(items), Optional.empty());
    }

    /** Moves the item at {@code from} so that it ends up at {@code to}. */
    public void moveItem(int from, int to) {
        List<ProgramItem> items = new ArrayList<>(program().items());
        if (from == to || to < 0 || to >= items.size()) {
            return;
        }
        items.add(to, items.remove(from));
        edit(program().withItems(items), Optional.empty());
    }

    /** Changes one item's dose, days or note; {@code field} names what changed, so typing merges into one step. */
    public void changeItem(int index, ProgramItem item, String field) {
        List<ProgramItem> items = new ArrayList<>(program().items());
        items.set(index, item);
        edit(program().withItems(items), Optional.of("item-" + index + "-" + field));
    }

    /** Changes the program's details (title, names, dates, instructions, language); the items stay. */
    public void changeDetails(Program details, String field) {
        edit(details.withItems(program().items()), Optional.of("details-" + field));
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.add(program());
            lastEditKey = Optional.empty();
            set(undo.remove(undo.size() - 1));
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.add(program());
            lastEditKey = Optional.empty();
            set(redo.remove(redo.size() - 1));
        }
    }

    /** The store saved the program: it now has an id and revision, and counts as saved. */
    public void markSaved(Program stored) {
        saved = stored;
        set(program());
    }

    private void edit(Program next, Optional<String> key) {
        if (next.equals(program())) {
            return;
        }
        boolean merge = key.isPresent() && key.equals(lastEditKey) && !undo.isEmpty();
        if (!merge) {
            undo.add(program());
        }
        redo.clear();
        lastEditKey = key;
        set(next);
    }

    private void set(Program next) {
        Program stamped = saved.id().isPresent() ? next.withStoreKey(saved.id().orElseThrow(), saved.revision()) : next;
        program.set(stamped);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        unsaved.set(!stamped.equals(saved));
    }
}
