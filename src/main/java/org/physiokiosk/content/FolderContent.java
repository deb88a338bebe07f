package org.physiokiosk.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physiokiosk.figure.Pose;

/** What one content folder holds, item by item, before folders are merged and references checked. */
final class FolderContent {

    final Map<String, Located<Exercise>> exercises = new LinkedHashMap<>();
    final Map<String, Located<Condition>> conditions = new LinkedHashMap<>();
    final Map<String, Located<ProgramTemplate>> templates = new LinkedHashMap<>();
    final Map<String, Located<Source>> sources = new LinkedHashMap<>();
    final Map<String, Located<RedFlag>> redFlags = new LinkedHashMap<>();
    final Map<String, Located<Advice>> advice = new LinkedHashMap<>();
    final Map<String, Located<Pose>> poses = new LinkedHashMap<>();
    Optional<LocalizedText> disclaimer = Optional.empty();

    /**
     * Every pose, source and variant id that an exercise read into this content names, noted while the exercise
     * was fresh: a superset of what the exercises still held name. When all of them exist, the reference check
     * need not walk a thousand exercises' steps again, long after they left the cache (that walk was an eighth
     * of loading: a cache miss per step, per pose name and per hash).
     */
    final Set<String> posesNamed = new HashSet<>();

    final Set<String> sourcesNamed = new HashSet<>();
    final Set<String> variantsNamed = new HashSet<>();

    /**
     * The items an overlay replaced, per item map: a clinic's replacement that later turns out broken (a
     * pose or red flag it names does not exist) gives way to the good bundled item instead of taking it away.
     */
    private final Map<Map<String, ?>, Map<String, Located<?>>> replaced = new IdentityHashMap<>();

    /** Notes the ids {@code exercise} names (see {@link #posesNamed}); null passes through. */
    Exercise noteNames(Exercise exercise) {
        if (exercise != null) {
            String last = null;
            for (Step step : exercise.steps()) {
                String pose = step.pose();
                if (!pose.equals(last)) { // steps go back and forth between two or three poses
                    posesNamed.add(pose);
                    last = pose;
                }
            }
            sourcesNamed.addAll(exercise.sources());
            variantsNamed.addAll(exercise.variants());
        }
        return exercise;
    }

    /** Lays {@code overlay} over this folder: same ids replace, new ids add. */
    void overlay(FolderContent overlay) {
        lay(exercises, overlay.exercises);
        lay(conditions, overlay.conditions);
        lay(templates, overlay.templates);
        lay(sources, overlay.sources);
        lay(redFlags, overlay.redFlags);
        lay(advice, overlay.advice);
        poses.putAll(overlay.poses);
        posesNamed.addAll(overlay.posesNamed);
        sourcesNamed.addAll(overlay.sourcesNamed);
        variantsNamed.addAll(overlay.variantsNamed);
        if (overlay.disclaimer.isPresent()) {
            disclaimer = overlay.disclaimer;
        }
    }

    /** The item that {@code id}'s replacement in {@code items} pushed out, if any; given back once. */
    @SuppressWarnings("unchecked")
    <T> Optional<Located<T>> takeReplaced(Map<String, Located<T>> items, String id) {
        Map<String, Located<?>> byId = replaced.get(items);
        return Optional.ofNullable(byId == null ? null : (Located<T>) byId.remove(id));
    }

    private <T> void lay(Map<String, Located<T>> base, Map<String, Located<T>> over) {
        for (Map.Entry<String, Located<T>> entry : over.entrySet()) {
            Located<T> previous = base.put(entry.getKey(), entry.getValue());
            if (previous != null) {
                replaced.computeIfAbsent(base, map -> new HashMap<>()).put(entry.getKey(), previous);
            }
        }
    }
}
