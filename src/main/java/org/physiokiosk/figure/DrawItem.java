package org.physiokiosk.figure;

/** One filled (and maybe outlined) path of a drawing. A null role means no fill or no outline. */
public record DrawItem(PathData path, ColorRole fill, ColorRole stroke, double strokeWidth) {}
