package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.DoseOverride;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.ProgramTemplate;

/** Turns a ready-made template into a program to edit, and a program back into a template for the clinic. */
public final class ProgramTemplates {

    private ProgramTemplates() {}

    /** A new, unsaved program in {@code language}: the template's items with its dose changes and notes. */
    public static Program fromTemplate(ProgramTemplate template, Catalog catalog, String language, LocalDate today) {
        List<ProgramItem> items = new ArrayList<>();
        for (ProgramTemplate.Item item : template.items()) {
            Exercise exercise = exercise(catalog, item.exercise());
            items.add(new ProgramItem(
                    exercise.id(),
                    item.dose().applyTo(exercise.dose()),
                    ProgramItem.DAYS_PER_WEEK_LIMIT.max(),
                    item.note().map(note -> note.in(language)).orElse("")));
        }
        String instructions =
                template.description().map(text -> text.in(language)).orElse("");
        return new Program(
                Optional.empty(),
                0,
                template.title().in(language),
                Optional.empty(),
                "",
                today,
                Optional.empty(),
                instructions,
                language,
                items);
    }

    /**
     * The program as a clinic template: only the dose fields that differ from the exercise's (or that the
     * therapist confirmed over our default) are written, so {@link #fromTemplate} gives the same doses back.
     * Texts exist in one language only; Dutch is required by the content format, so a program in another
     * language carries its text under both codes until someone translates it. Days per week and the
     * patient are not part of a template.
     */
    public static ProgramTemplate toTemplate(Program program, String id, Catalog catalog) {
        if (program.title().isEmpty()) {
            throw new IllegalArgumentException("a template needs a title");
        }
        if (program.items().isEmpty()) {
            throw new IllegalArgumentException("a template needs at least one exercise");
        }
        List<ProgramTemplate.Item> items = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (ProgramItem item : program.items()) {
            Exercise exercise = exercise(catalog, item.exercise());
            sources.addAll(exercise.sources());
            Optional<LocalizedText> note =
                    item.note().isEmpty() ? Optional.empty() : Optional.of(text(item.note(), program.language()));
            items.add(new ProgramTemplate.Item(exercise.id(), overrideFrom(exercise.dose(), item.dose()), note));
        }
        Optional<LocalizedText> description = program.instructions().isEmpty()
                ? Optional.empty()
                : Optional.of(text(program.instructions(), program.language()));
        return new ProgramTemplate(
                id, text(program.title(), program.language()), description, items, List.copyOf(sources));
    }

    /** The smallest override that turns {@code base} into {@code chosen}. */
    static DoseOverride overrideFrom(Dose base, Dose chosen) {
        return new DoseOverride(
                differs(base, chosen, Dose.REPS, base.reps().equals(chosen.reps()))
                        ? Optional.of(chosen.reps())
                        : Optional.empty(),
                differs(base, chosen, Dose.SETS, base.sets() == chosen.sets())
                        ? Optional.of(chosen.sets())
                        : Optional.empty(),
                differs(base, chosen, Dose.HOLD_SECONDS, base.holdSeconds().equals(chosen.holdSeconds()))
                        ? Optional.of(chosen.holdSeconds())
                        : Optional.empty(),
                differs(base, chosen, Dose.REST_SECONDS, base.restSeconds() == chosen.restSeconds())
                        ? Optional.of(chosen.restSeconds())
                        : Optional.empty(),
                differs(base, chosen, Dose.SIDE, base.side() == chosen.side())
                        ? Optional.of(chosen.side())
                        : Optional.empty(),
                differs(base, chosen, Dose.TIMES_PER_DAY, base.timesPerDay().equals(chosen.timesPerDay()))
                        ? Optional.of(chosen.timesPerDay())
                        : Optional.empty());
    }

    private static boolean differs(Dose base, Dose chosen, String field, boolean sameValue) {
        return !sameValue || base.isDefault(field) && !chosen.isDefault(field);
    }

    private static LocalizedText text(String value, String language) {
        return new LocalizedText(
                language.equals(LocalizedText.REFERENCE_LANGUAGE)
                        ? Map.of(language, value)
                        : Map.of(LocalizedText.REFERENCE_LANGUAGE, value, language, value));
    }

    private static Exercise exercise(Catalog catalog, String id) {
        return catalog.exercise(id)
                .orElseThrow(() -> new IllegalArgumentException("no exercise '" + id + "' in the catalog"));
    }
}
