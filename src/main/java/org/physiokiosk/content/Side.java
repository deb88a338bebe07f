package org.physiokiosk.content;

/** How an exercise is done for the left and right side. Written in content files as lower case with dashes. */
public enum Side {
    NONE,
    EACH,
    ALTERNATE
}
