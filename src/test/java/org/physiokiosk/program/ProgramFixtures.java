package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Category;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.Equipment;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.IntRange;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Region;
import org.physiokiosk.content.Side;
import org.physiokiosk.content.StartPosition;
import org.physiokiosk.content.Step;

/** A small catalog made in code, so program tests do not change when the bundled content does. */
final class ProgramFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** Reps 5–10, hold 5, rest 30, once or twice a day; sets and rest are our defaults. */
    static final Dose KNEES_DOSE = new Dose(
            new IntRange(5, 10),
            1,
            IntRange.exactly(5),
            30,
            Side.NONE,
            new IntRange(1, 2),
            Set.of(Dose.SETS, Dose.REST_SECONDS));

    private ProgramFixtures() {}

    static Catalog catalog() {
        List<Exercise> exercises = List.of(
                exercise(
                        "knees-to-chest",
                        LocalizedText.of("Knieën naar de borst", "Knees to chest"),
                        LocalizedText.of("Rekt de onderrug.", "Stretches the lower back."),
                        Set.of(Region.LOWER_BACK, Region.HIPS),
                        Category.MOBILITY,
                        StartPosition.LYING_ON_BACK,
                        Set.of(Equipment.MAT),
                        LocalizedText.of("Trek je knieën naar je borst.", "Pull your knees to your chest."),
                        KNEES_DOSE),
                exercise(
                        "seated-rotation",
                        LocalizedText.of("Draaien op een stoel", "Seated rotation"),
                        LocalizedText.of("Maakt de bovenrug soepel.", "Loosens the upper back."),
                        Set.of(Region.UPPER_BACK),
                        Category.MOBILITY,
                        StartPosition.SITTING,
                        Set.of(Equipment.CHAIR),
                        LocalizedText.of("Draai je schouders naar links.", "Turn your shoulders to the left."),
                        new Dose(
                                IntRange.exactly(10),
                                2,
                                IntRange.exactly(0),
                                10,
                                Side.ALTERNATE,
                                IntRange.exactly(3),
                                Set.of())),
                exercise(
                        "bridge",
                        LocalizedText.of("Brug", "Bridge"),
                        LocalizedText.of("Sterke billen.", "Strong buttocks."),
                        Set.of(Region.BUTTOCKS, Region.LOWER_BACK),
                        Category.STRENGTHEN,
                        StartPosition.LYING_ON_BACK,
                        Set.of(Equipment.MAT),
                        LocalizedText.of("Til je billen op.", "Lift your buttocks."),
                        new Dose(
                                IntRange.exactly(8),
                                3,
                                IntRange.exactly(3),
                                60,
                                Side.NONE,
                                IntRange.exactly(1),
                                Set.of(Dose.SETS))),
                exercise(
                        "calf-stretch",
                        LocalizedText.of("Kuit rekken", "Calf stretch"),
                        LocalizedText.of("Rekt de kuit.", "Stretches the calf."),
                        Set.of(Region.LEGS),
                        Category.STRETCH,
                        StartPosition.STANDING,
                        Set.of(),
                        LocalizedText.of("Zet één voet naar achteren.", "Step one foot back."),
                        new Dose(
                                IntRange.exactly(3),
                                1,
                                IntRange.exactly(30),
                                10,
                                Side.EACH,
                                IntRange.exactly(2),
                                Set.of())));
        Map<String, Exercise> byId = exercises.stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
        return new Catalog(byId, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty(), Map.of());
    }

    static Exercise exercise(
            String id,
            LocalizedText title,
            LocalizedText summary,
            Set<Region> regions,
            Category category,
            StartPosition position,
            Set<Equipment> equipment,
            LocalizedText step,
            Dose dose) {
        return new Exercise(
                id,
                title,
                summary,
                regions,
                category,
                position,
                equipment,
                List.of(new Step(step, "some-pose", 3, 0, Optional.empty(), false, false)),
                dose,
                List.of(),
                List.of(),
                List.of(),
                List.of("test-source"));
    }

    static Program empty() {
        return Program.empty(TODAY, "nl");
    }
}
