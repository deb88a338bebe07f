package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.Side;

/** Programs with a patient's and a therapist's name in them, for the store tests (names must not leak). */
public final class SamplePrograms {

    public static final String PATIENT = "Maria Janssens-Verhoeven";
    public static final String THERAPIST = "Els Vandamme";
    /** The real today: the database judges expiry by its own clock too, so a fixed date would expire one day. */
    public static final LocalDate TODAY = LocalDate.now();

    private SamplePrograms() {}

    /** Unsaved (no id), with a review date four weeks on. */
    public static Program lowBack(String title) {
        return new Program(
                Optional.empty(),
                0,
                title,
                Optional.of(PATIENT),
                THERAPIST,
                TODAY,
                Optional.of(TODAY.plusWeeks(4)),
                "Stop als de pijn erger wordt.",
                "nl",
                List.of(
                        new ProgramItem(
                                "knees-to-chest",
                                new Dose(
                                        new IntRange(5, 10),
                                        1,
                                        IntRange.exactly(5),
                                        30,
                                        Side.NONE,
                                        new IntRange(1, 2),
                                        Set.of(Dose.SETS)),
                                7,
                                "Rustig ademen."),
                        new ProgramItem(
                                "bridge",
                                new Dose(
                                        IntRange.exactly(8),
                                        3,
                                        IntRange.exactly(3),
                                        60,
                                        Side.NONE,
                                        IntRange.exactly(1),
                                        Set.of()),
                                5,
                                "")));
    }

    public static Program withoutReview(String title) {
        Program p = lowBack(title);
        return new Program(
                p.id(),
                p.revision(),
                p.title(),
                p.patient(),
                p.therapist(),
                p.date(),
                Optional.empty(),
                p.instructions(),
                p.language(),
                p.items());
    }

    public static Program retitled(Program p, String title) {
        return new Program(
                p.id(),
                p.revision(),
                title,
                p.patient(),
                p.therapist(),
                p.date(),
                p.reviewDate(),
                p.instructions(),
                p.language(),
                p.items());
    }
}
