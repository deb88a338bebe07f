package org.physiokiosk.handout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.BundledContent;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.ContentLoader;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

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
            catalog = new ContentLoader().load(List.of(BundledContent.locate())).catalog();
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
}
