package org.physiokiosk.figure;

/** What a colour is for; {@link FigureStyle} says which colour that is. */
public enum ColorRole {
    CLOTHES_NEAR,
    CLOTHES_FAR,
    SKIN_NEAR,
    SKIN_FAR,
    OUTLINE,
    HIGHLIGHT,
    MAT,
    PROP,
    PROP_EDGE,
    FLOOR,
    ARROW,
    /** The body's shadow on the mat in the top view: darker than the mat, lighter than far clothes. */
    SHADOW
}
