package org.physiokiosk.content;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.physiokiosk.figure.Pose;

/**
 * Everything the content files hold, checked and immutable: what the kiosk shows, the player plays and the
 * handout prints. Items are keyed and ordered by id.
 */
public record Catalog(Map<String, Exercise> exercises, Map<String, Condition> conditions,
                      Map<String, ProgramTemplate> templates, Map<String, Source> sources,
                      Map<String, RedFlag> redFlags, Map<String, Advice> advice,
                      Optional<LocalizedText> disclaimer, Map<String, Pose> poses) {

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
        return condition.redFlags().stream().map(redFlags::get)
                .sorted((a, b) -> a.urgency().compareTo(b.urgency())).toList();
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
