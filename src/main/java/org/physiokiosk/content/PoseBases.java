package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.physiokiosk.figure.Pose;

/**
 * Resolves {@code "extends"} once every folder is merged, so a clinic's pose can build on a bundled one. A
 * pose whose base is missing, or that extends itself through a chain, is an error and is left out; the steps
 * that name it then report an unknown pose.
 */
final class PoseBases {

    private PoseBases() {}

    static void resolve(Map<String, Located<Pose>> poses) {
        Map<String, Pose> resolved = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (String id : poses.keySet()) {
            if (resolve(id, poses, resolved, new LinkedHashSet<>()) == null) {
                broken.add(id);
            }
        }
        broken.forEach(poses::remove);
        poses.replaceAll((id, located) -> located.with(resolved.get(id)));
    }

    private static Pose resolve(
            String id, Map<String, Located<Pose>> poses, Map<String, Pose> resolved, Set<String> chain) {
        if (resolved.containsKey(id)) {
            return resolved.get(id);
        }
        Located<Pose> located = poses.get(id);
        Pose pose = located.item();
        if (pose.base().isEmpty()) {
            resolved.put(id, pose);
            return pose;
        }
        String baseId = pose.base().get();
        JsonPath at = JsonPath.ROOT.property("extends");
        if (!poses.containsKey(baseId)) {
            located.error(
                    at,
                    "unknown pose '" + baseId
                            + "' to extend (none with that id is loaded; it may be skipped for its own error)");
            resolved.put(id, null);
            return null;
        }
        chain.add(id);
        if (chain.contains(baseId)) {
            located.error(at, "poses extend each other in a circle: " + String.join(" → ", chain) + " → " + baseId);
            resolved.put(id, null);
            return null;
        }
        Pose base = resolve(baseId, poses, resolved, chain);
        Pose result = base == null ? null : pose.over(base);
        if (base == null && !resolved.containsKey(id)) {
            located.error(at, "its base pose '" + baseId + "' has an error, so this pose is skipped too");
        }
        resolved.put(id, result);
        return result;
    }
}
