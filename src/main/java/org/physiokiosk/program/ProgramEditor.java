package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

/**
 * The program builder's model: the program being edited, changed only by named commands, each of which can
 * be undone and redone. Programs are immutable, so the history is simply a stack of earlier programs.
 * An edit that changes nothing leaves no history and tells no one. Not thread-safe: use it from one thread.
 */
public final class ProgramEditor {

    /** A listener's registration; closing it stops the calls. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Catalog catalog;
    private final DoseInput input;
    private final ProgramWords words;
    private final Deque<Program> undo = new ArrayDeque<>();
    private final Deque<Program> redo = new ArrayDeque<>();
    private final List<Consumer<Program>> listeners = new CopyOnWriteArrayList<>();
    private Program program;
    private Program saved;

    /** {@code wordsLanguage} is the screen's language, for messages about what was typed. */
    public ProgramEditor(Catalog catalog, Program start, String wordsLanguage) {
        this(catalog, start, start, wordsLanguage);
    }

    private ProgramEditor(Catalog catalog, Program start, Program saved, String wordsLanguage) {
        this.catalog = catalog;
        this.words = new ProgramWords(wordsLanguage);
        this.input = new DoseInput(words);
        this.program = start;
        this.saved = saved;
    }

    /** An editor for work that was never saved as it is (a draft brought back): it counts as unsaved. */
    public static ProgramEditor ofUnsaved(Catalog catalog, Program draft, String wordsLanguage) {
        Program nothing = Program.empty(draft.date(), draft.language());
        return new ProgramEditor(catalog, draft, draft.equals(nothing) ? draft : nothing, wordsLanguage);
    }

    public Program program() {
        return program;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Calls {@code listener} with the program after every change, until the registration is closed. */
    public Registration subscribe(Consumer<Program> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---- the program's own fields

    public void setTitle(String title) {
        change(p -> p.withTitle(title));
    }

    /** A blank name removes it: the patient's name is optional. */
    public void setPatient(String patient) {
        change(p -> p.withPatient(Optional.ofNullable(patient)));
    }

    public void setTherapist(String therapist) {
        change(p -> p.withTherapist(therapist));
    }

    /** Refused, with a message, when the program has a review date before {@code date}. */
    public Optional<String> setDate(LocalDate date) {
        if (program.reviewDate().filter(review -> review.isBefore(date)).isPresent()) {
            return Optional.of(words.get("problem.reviewBeforeDate", words.date(date)));
        }
        change(p -> p.withDate(date));
        return Optional.empty();
    }

    /** Empty removes the review date; a date before the program's date is refused with a message. */
    public Optional<String> setReviewDate(Optional<LocalDate> reviewDate) {
        if (reviewDate.filter(review -> review.isBefore(program.date())).isPresent()) {
            return Optional.of(words.get("problem.reviewBeforeDate", words.date(program.date())));
        }
        change(p -> p.withReviewDate(reviewDate));
        return Optional.empty();
    }

    public void setInstructions(String instructions) {
        change(p -> p.withInstructions(instructions));
    }

    /** The language the handout is printed in. */
    public void setLanguage(String language) {
        change(p -> p.withLanguage(language));
    }

    // ---- the list of exercises

    /** Adds the exercise at the end with its own dose (a range stays a range), every day, no note. */
    public void addExercise(String exerciseId) {
        Exercise exercise = catalog.exercise(exerciseId)
                .orElseThrow(() -> new IllegalArgumentException("no exercise '" + exerciseId + "' in the catalog"));
        List<ProgramItem> items = new ArrayList<>(program.items());
        items.add(new ProgramItem(exercise.id(), exercise.dose(), ProgramItem.DAYS_PER_WEEK_LIMIT.max(), ""));
        change(p -> p.withItems(items));
    }

    public void removeItem(int index) {
        List<ProgramItem> items = new ArrayList<>(program.items());
        items.remove(index);
        change(p -> p.withItems(items));
    }

    /** Moves an item so that it ends up at {@code to} (an index in the list as it is after the move). */
    public void moveItem(int from, int to) {
        List<ProgramItem> items = new ArrayList<>(program.items());
        ProgramItem item = items.remove(from);
        items.add(to, item);
        change(p -> p.withItems(items));
    }

    // ---- one item's dose and note; an edited dose field is the therapist's choice, no longer our default

    public void setReps(int index, IntRange reps) {
        editDose(index, Dose.REPS, d -> d.withReps(reps));
    }

    public void setSets(int index, int sets) {
        editDose(index, Dose.SETS, d -> d.withSets(sets));
    }

    public void setHoldSeconds(int index, IntRange holdSeconds) {
        editDose(index, Dose.HOLD_SECONDS, d -> d.withHoldSeconds(holdSeconds));
    }

    public void setRestSeconds(int index, int restSeconds) {
        editDose(index, Dose.REST_SECONDS, d -> d.withRestSeconds(restSeconds));
    }

    public void setSide(int index, Side side) {
        editDose(index, Dose.SIDE, d -> d.withSide(side));
    }

    public void setTimesPerDay(int index, IntRange timesPerDay) {
        editDose(index, Dose.TIMES_PER_DAY, d -> d.withTimesPerDay(timesPerDay));
    }

    public void setDaysPerWeek(int index, int daysPerWeek) {
        editItem(index, item -> new ProgramItem(item.exercise(), item.dose(), daysPerWeek, item.note()));
    }

    public void setNote(int index, String note) {
        editItem(index, item -> new ProgramItem(item.exercise(), item.dose(), item.daysPerWeek(), note));
    }

    /**
     * Takes what was typed into a number field: applies it when it is valid and returns empty, or changes
     * nothing and returns the message to show beside the field.
     */
    public Optional<String> enter(int index, DoseField field, String typed) {
        // A field without ranges refuses "5-10" in the parse, so a value here is a single number for it.
        Parsed<IntRange> parsed = input.parse(field, typed);
        if (!parsed.isValid()) {
            return parsed.problem();
        }
        IntRange value = parsed.value();
        switch (field) {
            case REPS -> setReps(index, value);
            case SETS -> setSets(index, value.min());
            case HOLD_SECONDS -> setHoldSeconds(index, value);
            case REST_SECONDS -> setRestSeconds(index, value.min());
            case TIMES_PER_DAY -> setTimesPerDay(index, value);
            case DAYS_PER_WEEK -> setDaysPerWeek(index, value.min());
        }
        return Optional.empty();
    }

    // ---- history

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public void undo() {
        if (canUndo()) {
            redo.push(program);
            show(keepStoreKey(undo.pop()));
        }
    }

    public void redo() {
        if (canRedo()) {
            undo.push(program);
            show(keepStoreKey(redo.pop()));
        }
    }

    /**
     * Takes the store's id and revision after a save, without an undo step; undo keeps them too, so a
     * later save of an undone program is not taken for a stale one.
     */
    public void saved(Program savedProgram) {
        saved = savedProgram;
        show(
                program.id().equals(savedProgram.id()) && program.revision() == savedProgram.revision()
                        ? program
                        : keepStoreKey(program, savedProgram));
    }

    /** True when the program differs from what was last saved (or opened). */
    public boolean hasUnsavedChanges() {
        return !keepStoreKey(program, saved).equals(saved);
    }

    private void editItem(int index, UnaryOperator<ProgramItem> edit) {
        List<ProgramItem> items = new ArrayList<>(program.items());
        items.set(index, edit.apply(items.get(index)));
        change(p -> p.withItems(items));
    }

    private void editDose(int index, String field, UnaryOperator<Dose> edit) {
        editItem(
                index,
                item -> new ProgramItem(
                        item.exercise(), edit.apply(item.dose()).chosen(field), item.daysPerWeek(), item.note()));
    }

    private void change(UnaryOperator<Program> edit) {
        Program next = edit.apply(program);
        if (next.equals(program)) {
            return;
        }
        undo.push(program);
        redo.clear();
        show(next);
    }

    private void show(Program next) {
        program = next;
        for (Consumer<Program> listener : listeners) {
            listener.accept(next);
        }
    }

    private Program keepStoreKey(Program earlier) {
        return keepStoreKey(earlier, program);
    }

    private static Program keepStoreKey(Program content, Program key) {
        return key.id().map(id -> content.withStoreKey(id, key.revision())).orElse(content);
    }
}
