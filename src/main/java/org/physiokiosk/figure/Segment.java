package org.physiokiosk.figure;

/** The rigid pieces drawn as rounded, tapered limbs. */
enum Segment {
    NECK,
    UPPER_ARM,
    FOREARM,
    HAND,
    THIGH,
    SHANK,
    FOOT;

    boolean arm() {
        return this == UPPER_ARM || this == FOREARM || this == HAND;
    }

    boolean skin() {
        return this == NECK || this == HAND || this == FOOT;
    }
}
