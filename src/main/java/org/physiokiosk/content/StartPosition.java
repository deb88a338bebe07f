package org.physiokiosk.content;

/** The position an exercise starts from. Written in content files as lower case with dashes. */
public enum StartPosition {
    LYING_ON_BACK,
    LYING_ON_BELLY,
    LYING_ON_SIDE,
    HANDS_AND_KNEES,
    KNEELING,
    SITTING,
    STANDING
}
