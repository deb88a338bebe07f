package org.physiokiosk.content;

/** What an exercise mainly does. Written in content files as lower case with dashes. */
public enum Category {
    MOBILITY,
    STRETCH,
    STRENGTHEN
}
