package org.physiokiosk.player;

/** The side of the body a repetition is done with; NONE for an exercise done with both sides at once. */
public enum PlayedSide {
    NONE,
    LEFT,
    RIGHT;

    PlayedSide other() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case NONE -> NONE;
        };
    }
}
