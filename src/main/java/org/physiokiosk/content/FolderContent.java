package org.physiokiosk.content;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
     * The items an overlay replaced, per item map: a clinic's replacement that later turns out broken (a
     * pose or red flag it names does not exist) gives way to the good bundled item instead of taking it away.
     */
    private final Map<Map<String, ?>, Map<String, Located<?>>> replaced = new IdentityHashMap<>();

    /** Lays {@code overlay} over this folder: same ids replace, new ids add. */
    void overlay(FolderContent overlay) {
        lay(exercises, overlay.exercises);
        lay(conditions, overlay.conditions);
        lay(templates, overlay.templates);
        lay(sources, overlay.sources);
        lay(redFlags, overlay.redFlags);
        lay(advice, overlay.advice);
        poses.putAll(overlay.poses);
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
