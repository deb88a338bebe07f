package org.physiokiosk.content;

/** The breathing cue for a step. Written in content files as lower case with dashes. */
public enum Breath {
    IN,
    OUT,
    SLOW,
    NORMAL
}
