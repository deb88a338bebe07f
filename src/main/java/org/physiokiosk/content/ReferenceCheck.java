package org.physiokiosk.content;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every id an item names exists once all folders are merged. An item that names a missing
 * exercise, pose, red flag or source is an error and is left out; leaving it out can strand another item,
 * so the check repeats until nothing more is left out. A missing variant only loses the link (a warning).
 */
final class ReferenceCheck {

    private final FolderContent content;
    private boolean removedAny;
    /** Whether any exercise can name a missing pose or source; poses and sources are settled once checking starts. */
    private boolean exercisesMayBreak;

    private ReferenceCheck(FolderContent content) {
        this.content = content;
    }

    static void run(FolderContent content) {
        ReferenceCheck check = new ReferenceCheck(content);
        PoseBases.resolve(content.poses);
        check.exercisesMayBreak = !content.poses.keySet().containsAll(content.posesNamed)
                || !content.sources.keySet().containsAll(content.sourcesNamed);
        do {
            check.removedAny = false;
            check.pass();
        } while (check.removedAny);
        check.dropMissingVariants();
    }

    private void pass() {
        Set<String> sources = content.sources.keySet();
        keepOnly(content.redFlags, flag -> missing(flag, "sources", flag.item().sources(), sources, "source"));
        keepOnly(
                content.advice,
                advice -> missing(advice, "sources", advice.item().sources(), sources, "source"));
        if (exercisesMayBreak) {
            keepOnly(content.exercises, this::exerciseIsBroken);
        }
        keepOnly(content.conditions, this::conditionIsBroken);
        keepOnly(content.templates, this::templateIsBroken);
    }

    private boolean exerciseIsBroken(Located<Exercise> exercise) {
        boolean broken = missing(exercise, "sources", exercise.item().sources(), content.sources.keySet(), "source");
        List<Step> steps = exercise.item().steps();
        for (int i = 0; i < steps.size(); i++) {
            String pose = steps.get(i).pose();
            if (!content.poses.containsKey(pose)) {
                exercise.error(
                        JsonPath.ROOT.property("steps").index(i).property("pose"), "unknown pose '" + pose + "'");
                broken = true;
            }
        }
        return broken;
    }

    private boolean conditionIsBroken(Located<Condition> condition) {
        Condition c = condition.item();
        boolean broken = missing(condition, "exercises", c.exercises(), content.exercises.keySet(), "exercise");
        broken |= missing(condition, "redFlags", c.redFlags(), content.redFlags.keySet(), "red flag");
        broken |= missing(condition, "sources", c.sources(), content.sources.keySet(), "source");
        return broken;
    }

    private boolean templateIsBroken(Located<ProgramTemplate> template) {
        List<String> exercises = template.item().items().stream()
                .map(ProgramTemplate.Item::exercise)
                .toList();
        boolean broken = false;
        for (int i = 0; i < exercises.size(); i++) {
            if (!content.exercises.containsKey(exercises.get(i))) {
                template.error(
                        JsonPath.ROOT.property("items").index(i).property("exercise"),
                        unknown("exercise", exercises.get(i)));
                broken = true;
            }
        }
        return broken | missing(template, "sources", template.item().sources(), content.sources.keySet(), "source");
    }

    private void dropMissingVariants() {
        if (content.exercises.keySet().containsAll(content.variantsNamed)) {
            return; // nearly always: no exercise is visited
        }
        content.exercises.replaceAll((id, exercise) -> {
            List<String> variants = exercise.item().variants();
            if (content.exercises.keySet().containsAll(variants)) {
                return exercise; // nearly always: no list made per exercise
            }
            List<String> known =
                    variants.stream().filter(content.exercises::containsKey).toList();
            for (int i = 0; i < variants.size(); i++) {
                if (!content.exercises.containsKey(variants.get(i))) {
                    exercise.warning(
                            JsonPath.ROOT.property("variants").index(i),
                            unknown("exercise", variants.get(i)) + "; the variant link is dropped");
                }
            }
            Exercise e = exercise.item();
            return exercise.with(new Exercise(
                    e.id(),
                    e.title(),
                    e.summary(),
                    e.regions(),
                    e.category(),
                    e.startPosition(),
                    e.equipment(),
                    e.steps(),
                    e.dose(),
                    e.cautions(),
                    e.progression(),
                    known,
                    e.sources()));
        });
    }

    private interface Broken<T> {
        boolean test(Located<T> item);
    }

    private <T> void keepOnly(Map<String, Located<T>> items, Broken<T> broken) {
        for (Iterator<Map.Entry<String, Located<T>>> it = items.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Located<T>> entry = it.next();
            if (broken.test(entry.getValue())) {
                Optional<Located<T>> original = content.takeReplaced(items, entry.getKey());
                if (original.isPresent()) {
                    entry.getValue()
                            .warning(
                                    JsonPath.ROOT.property("id"),
                                    "this replacement is left out, so the bundled item with this id is used instead");
                    entry.setValue(original.get());
                } else {
                    it.remove();
                }
                removedAny = true;
            }
        }
    }

    private static boolean missing(
            Located<?> item, String listField, List<String> ids, Set<String> known, String kind) {
        boolean any = false;
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                item.error(JsonPath.ROOT.property(listField).index(i), unknown(kind, ids.get(i)));
                any = true;
            }
        }
        return any;
    }

    private static String unknown(String kind, String id) {
        return "unknown " + kind + " '" + id + "' (none with that id is loaded; it may be skipped for its own error)";
    }
}
