package org.physiokiosk.content;

import org.physiokiosk.figure.Pose;

/** Builds a {@link Pose} from an entry of a {@code poses/*.json} file. */
final class PoseReader {

    private PoseReader() {
    }

    static Pose read(JsonFields f) {
        String id = f.id();
        return id == null ? null : new Pose(id);
    }
}
