package org.physiokiosk.figure;

import org.physiokiosk.common.KebabCase;

/** A part of the body a pose can highlight as the one that works or stretches. */
public enum BodyPart {
    HEAD,
    NECK,
    SHOULDERS,
    UPPER_BACK,
    LOWER_BACK,
    ABDOMEN,
    PELVIS,
    BUTTOCKS,
    HIPS,
    THIGHS,
    LEGS,
    ARMS;

    public String jsonName() {
        return KebabCase.of(this);
    }
}
