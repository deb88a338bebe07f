package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.physiokiosk.figure.Pose;

/**
 * Everything the content files hold, checked and immutable: what the kiosk shows, the player plays and the
 * handout prints. Items are keyed and ordered by id.
 */
public record Catalog(
        Map<String, Exercise> exercises,
        Map<String, Condition> conditions,
        Map<String, ProgramTemplate> templates,
        Map<String, Source> sources,
        Map<String, RedFlag> redFlags,
        Map<String, Advice> advice,
        Optional<LocalizedText> disclaimer,
        Map<String, Pose> poses) {

    public Catalog {
        exercises = frozen(exercises);
        conditions = frozen(conditions);
        templates = frozen(templates);
        sources = frozen(sources);
        redFlags = frozen(redFlags);
        advice = frozen(advice);
        poses = frozen(poses);
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public Optional<Condition> condition(String id) {
        return Optional.ofNullable(conditions.get(id));
    }

    /** The condition's exercises, in the condition's order. */
    public List<Exercise> exercisesOf(Condition condition) {
        return condition.exercises().stream().map(exercises::get).toList();
    }

    /** The condition's red flags, most urgent first. */
    public List<RedFlag> redFlagsOf(Condition condition) {
        return condition.redFlags().stream()
                .map(redFlags::get)
                .sorted((a, b) -> a.urgency().compareTo(b.urgency()))
                .toList();
    }

    /**
     * The red flags for a set of exercises, most urgent first: those of every condition that uses one of
     * them. Exercises no condition uses (a clinic's own) still get every emergency flag, because the signs
     * that need help at once (numbness, loss of bladder control, a weak leg) hold for any back complaint.
     * One rule for the kiosk's safety check and the handout's box, so the two never differ.
     */
    public List<RedFlag> redFlagsForExercises(Collection<String> exerciseIds) {
        Set<String> exercisesAsked = new LinkedHashSet<>(exerciseIds);
        Set<String> ids = new LinkedHashSet<>();
        for (Condition condition : conditions.values()) {
            if (condition.exercises().stream().anyMatch(exercisesAsked::contains)) {
                ids.addAll(condition.redFlags());
            }
        }
        List<RedFlag> flags = new ArrayList<>();
        if (ids.isEmpty()) {
            redFlags.values().stream()
                    .filter(flag -> flag.urgency() == Urgency.EMERGENCY)
                    .forEach(flags::add);
        } else {
            ids.stream().map(redFlags::get).filter(flag -> flag != null).forEach(flags::add);
        }
        flags.sort((a, b) -> a.urgency().compareTo(b.urgency()));
        return flags;
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
