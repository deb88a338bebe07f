package org.physiokiosk.content;

/** What a patient needs at hand. Written in content files as lower case with dashes. */
public enum Equipment {
    MAT,
    CHAIR,
    STOOL
}
