package org.physiokiosk.figure;

/** What the figure rests on. Chair and stool are fitted to the figure, so nothing passes through the seat. */
public enum Prop {
    FLOOR,
    MAT,
    CHAIR,
    STOOL;

    boolean seat() {
        return this == CHAIR || this == STOOL;
    }
}
