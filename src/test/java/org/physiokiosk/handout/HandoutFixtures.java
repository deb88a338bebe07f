package org.physiokiosk.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Condition;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.ProgramTemplate;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;
import org.physiokiosk.program.ProgramTemplates;

/** The bundled catalog (loaded once) and programs of the sizes the handout tests need. */
final class HandoutFixtures {

    static final String PATIENT = "Marieke Testpatiënt";
    static final HandoutSettings CLINIC = new HandoutSettings(
            "Fysiotherapie De Linde", "Lindelaan 12, 3500 AB Utrecht · 030 123 45 67 · praktijk@delinde.example");
    static final LocalDate DATE = LocalDate.of(2026, 11, 30);

    private static Catalog catalog;

    private HandoutFixtures() {}

    static synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = new ContentLoader().loadBundledAnd(Optional.empty()).catalog();
        }
        return catalog;
    }

    /** The first {@code count} bundled exercises (by id) with their own doses; the second gets a note. */
    static Program program(int count, String language) {
        List<Exercise> exercises =
                catalog().exercises().values().stream().limit(count).toList();
        List<ProgramItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            String note = i == 1
                    ? ("nl".equals(language)
                            ? "Rustig aan in de eerste week; het mag trekken, niet steken."
                            : "Take it easy in the first week; a pull is fine, a stab is not.")
                    : "";
            items.add(new ProgramItem(exercise.id(), exercise.dose(), i == 0 ? 5 : 7, note));
        }
        return new Program(
                Optional.empty(),
                0,
                "nl".equals(language) ? "Thuisoefeningen lage rug" : "Home exercises for the low back",
                Optional.of(PATIENT),
                "Sanne de Vries",
                DATE,
                Optional.of(DATE.plusWeeks(3)),
                "nl".equals(language)
                        ? "Doe de oefeningen elke dag op een rustig moment. Begin voorzichtig en bouw op."
                        : "Do the exercises every day at a quiet moment. Start gently and build up.",
                language,
                items);
    }

    /** A dose with every part: "3 sets of 10 · hold 5 seconds · each side · twice a day". */
    static Dose fullDose() {
        return new Dose(
                IntRange.exactly(10), 3, IntRange.exactly(5), 30, Side.EACH, IntRange.exactly(2), java.util.Set.of());
    }

    static byte[] render(Program program) {
        try {
            return new HandoutRenderer(catalog(), CLINIC).toBytes(program);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every bundled template, and the first one, two and three exercises of every complaint with a full header,
     * in Dutch and English; with {@code quickSaves} also each of those exercise sets as {@link #untitled}.
     */
    static Map<String, Program> everyProgram(boolean quickSaves) {
        Map<String, Program> programs = new LinkedHashMap<>();
        for (String language : List.of("nl", "en")) {
            for (ProgramTemplate template : catalog().templates().values()) {
                programs.put(
                        template.id() + "/" + language,
                        ProgramTemplates.fromTemplate(template, catalog(), language, DATE));
            }
            for (Condition condition : catalog().conditions().values()) {
                List<Exercise> exercises = catalog().exercisesOf(condition);
                for (int count = 1; count <= 3; count++) {
                    List<Exercise> first = exercises.subList(0, count);
                    programs.put(condition.id() + "-" + count + "/" + language, withHeader(first, language));
                    if (quickSaves) {
                        programs.put(condition.id() + "-" + count + "-untitled/" + language, untitled(first, language));
                    }
                }
            }
        }
        return programs;
    }

    /** These exercises under {@link #program}'s header: title, patient, therapist, review date, instructions. */
    static Program withHeader(List<Exercise> exercises, String language) {
        Program full = program(1, language);
        return new Program(
                Optional.empty(),
                0,
                full.title(),
                full.patient(),
                full.therapist(),
                full.date(),
                full.reviewDate(),
                full.instructions(),
                language,
                items(exercises));
    }

    /** As a therapist saves one quickly: no title, patient, therapist, review date or instructions. */
    static Program untitled(List<Exercise> exercises, String language) {
        return new Program(
                Optional.empty(), 0, "", Optional.empty(), "", DATE, Optional.empty(), "", language, items(exercises));
    }

    /** Each exercise with its own dose, every day, no note. */
    static List<ProgramItem> items(List<Exercise> exercises) {
        List<ProgramItem> items = new ArrayList<>();
        for (Exercise exercise : exercises) {
            items.add(new ProgramItem(exercise.id(), exercise.dose(), 7, ""));
        }
        return items;
    }
}
