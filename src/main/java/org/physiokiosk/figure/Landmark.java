package org.physiokiosk.figure;

import org.physiokiosk.common.KebabCase;

/** A point of the body a motion arrow can follow from the previous pose to this one. */
public enum Landmark {
    HEAD,
    CHEST,
    SHOULDERS,
    LOWER_BACK,
    HIPS,
    TAILBONE,
    KNEES,
    LEFT_KNEE,
    RIGHT_KNEE,
    FEET,
    LEFT_FOOT,
    RIGHT_FOOT,
    HANDS,
    LEFT_HAND,
    RIGHT_HAND,
    ELBOWS,
    LEFT_ELBOW,
    RIGHT_ELBOW;

    public String jsonName() {
        return KebabCase.of(this);
    }
}
