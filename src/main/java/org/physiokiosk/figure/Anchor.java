package org.physiokiosk.figure;

/**
 * Which point keeps its place in the picture while the figure moves. Lying and sitting figures keep the
 * pelvis still; a standing figure keeps its feet planted, so a pelvis that shifts is seen to shift.
 */
public enum Anchor {
    PELVIS,
    FEET
}
