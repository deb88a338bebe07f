package org.physiokiosk.figure;

/** A named position of the figure. (Placeholder: the figure work fills in joints, view and props.) */
public record Pose(String id) {
}
