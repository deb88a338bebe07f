package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds an {@link Exercise} from its file, reporting every problem on the way. */
final class ExerciseReader {

    private ExerciseReader() {}

    static Exercise read(JsonFields f) {
        String id = f.id();
        LocalizedText title = f.text("title");
        LocalizedText summary = f.text("summary");
        Set<Region> regions = f.choices("regions", Region.class, true);
        Category category = f.choice("category", Category.class);
        StartPosition start = f.choice("startPosition", StartPosition.class);
        Set<Equipment> equipment = f.choices("equipment", Equipment.class, false);
        List<Step> steps = new ArrayList<>();
        for (JsonFields step : f.objects("steps", true)) {
            Step read = readStep(step);
            if (read != null) {
                steps.add(read);
            }
        }
        JsonFields doseFields = f.object("dose");
        Dose dose = doseFields == null ? null : readDose(doseFields);
        List<LocalizedText> cautions = f.textList("cautions", false);
        List<LocalizedText> progression = f.textList("progression", false);
        List<String> variants = f.idList("variants", false);
        List<String> sources = f.idList("sources", true);
        if (id == null
                || title == null
                || summary == null
                || category == null
                || start == null
                || dose == null
                || steps.isEmpty()
                || regions.isEmpty()) {
            return null;
        }
        if (allSetUp(steps)) {
            f.error("steps", "every step is a setup step; at least one step must be the repeated movement");
            return null;
        }
        return new Exercise(
                id,
                title,
                summary,
                regions,
                category,
                start,
                equipment,
                steps,
                dose,
                cautions,
                progression,
                variants,
                sources);
    }

    /** A loop, not a stream: a stream per exercise was about 7 % of reading one. */
    private static boolean allSetUp(List<Step> steps) {
        for (Step step : steps) {
            if (!step.setup()) {
                return false;
            }
        }
        return true;
    }

    private static Step readStep(JsonFields f) {
        LocalizedText text = f.text("text");
        String pose = f.string("pose");
        Integer seconds = f.integer("seconds", Step.SECONDS_LIMIT);
        int hold = f.optionalInteger("holdSeconds", 0, Dose.HOLD_LIMIT);
        var breath = f.optionalChoice("breath", Breath.class);
        boolean setup = f.flag("setup");
        boolean mirror = f.flag("mirror");
        if (text == null || pose == null || seconds == null) {
            return null;
        }
        if (hold > 0) {
            HeldStepLength.check(text, f, f.indexInList() + 1);
        }
        return new Step(text, pose, seconds, hold, breath, setup, mirror);
    }

    static Dose readDose(JsonFields f) {
        IntRange reps = f.range(Dose.REPS, Dose.REPS_LIMIT);
        Integer sets = f.integer(Dose.SETS, Dose.SETS_LIMIT);
        IntRange hold = f.range(Dose.HOLD_SECONDS, Dose.HOLD_LIMIT);
        Integer rest = f.integer(Dose.REST_SECONDS, Dose.REST_LIMIT);
        Side side = f.choice(Dose.SIDE, Side.class);
        IntRange timesPerDay = f.range(Dose.TIMES_PER_DAY, Dose.TIMES_PER_DAY_LIMIT);
        Set<String> defaults = distinct(f.namesFrom("defaults", Dose.FIELDS));
        if (reps == null || sets == null || hold == null || rest == null || side == null || timesPerDay == null) {
            return null;
        }
        return new Dose(reps, sets, hold, rest, side, timesPerDay, defaults);
    }

    /**
     * The names as an immutable set, which the dose keeps as it is. A dose names a few of its six fields:
     * told apart by comparing each with the others (Set.copyOf would build a HashSet first); a longer list
     * (repeats, since only six names are allowed) goes the general way.
     */
    private static Set<String> distinct(List<String> names) {
        if (names.size() > Dose.FIELDS.size()) {
            return Set.copyOf(names);
        }
        for (int i = 1; i < names.size(); i++) {
            if (names.subList(0, i).contains(names.get(i))) {
                return Set.copyOf(names);
            }
        }
        return Set.of(names.toArray(new String[0]));
    }

    /** The fields of a dose a program item changes; the rest stay the exercise's. */
    static DoseOverride readOverride(JsonFields f) {
        return new DoseOverride(
                f.has(Dose.REPS) ? Optional.ofNullable(f.range(Dose.REPS, Dose.REPS_LIMIT)) : Optional.empty(),
                f.has(Dose.SETS) ? Optional.ofNullable(f.integer(Dose.SETS, Dose.SETS_LIMIT)) : Optional.empty(),
                f.has(Dose.HOLD_SECONDS)
                        ? Optional.ofNullable(f.range(Dose.HOLD_SECONDS, Dose.HOLD_LIMIT))
                        : Optional.empty(),
                f.has(Dose.REST_SECONDS)
                        ? Optional.ofNullable(f.integer(Dose.REST_SECONDS, Dose.REST_LIMIT))
                        : Optional.empty(),
                f.optionalChoice(Dose.SIDE, Side.class),
                f.has(Dose.TIMES_PER_DAY)
                        ? Optional.ofNullable(f.range(Dose.TIMES_PER_DAY, Dose.TIMES_PER_DAY_LIMIT))
                        : Optional.empty());
    }
}
