package org.physiokiosk.content;

/** What kind of text a source is. Written in content files as lower case with dashes. */
public enum SourceKind {
    LEAFLET,
    ARTICLE
}
