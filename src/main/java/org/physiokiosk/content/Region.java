package org.physiokiosk.content;

/** A body region an exercise works on. Written in content files as lower case with dashes. */
public enum Region {
    LOWER_BACK,
    UPPER_BACK,
    NECK,
    PELVIS,
    HIPS,
    BUTTOCKS,
    ABDOMEN,
    LEGS
}
