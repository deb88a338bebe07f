package org.physiokiosk.content;

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

    /** Lays {@code overlay} over this folder: same ids replace, new ids add. */
    void overlay(FolderContent overlay) {
        exercises.putAll(overlay.exercises);
        conditions.putAll(overlay.conditions);
        templates.putAll(overlay.templates);
        sources.putAll(overlay.sources);
        redFlags.putAll(overlay.redFlags);
        advice.putAll(overlay.advice);
        poses.putAll(overlay.poses);
        if (overlay.disclaimer.isPresent()) {
            disclaimer = overlay.disclaimer;
        }
    }
}
