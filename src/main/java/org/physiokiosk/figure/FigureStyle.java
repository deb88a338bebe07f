package org.physiokiosk.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one style both painters use. Near and far limbs differ in lightness, not only in hue, so a black-and-
 * white printout still tells them apart; line widths are fractions of the figure's height so a thumbnail and
 * a full-height figure look alike.
 */
public final class FigureStyle {

    /** Outline of the body, as a fraction of the figure's standing height. */
    public static final double OUTLINE_WIDTH = 0.0055;

    public static final double PROP_LINE_WIDTH = 0.005;
    public static final double ARROW_WIDTH = 0.014;
    /** Thinnest line a painter draws, in device units, so thumbnails keep their outlines. */
    public static final double MIN_LINE = 0.6;

    private static final FigureStyle STANDARD = new FigureStyle(Map.ofEntries(
            Map.entry(ColorRole.CLOTHES_NEAR, Rgb.hex(0x3E6A8A)),
            Map.entry(ColorRole.CLOTHES_FAR, Rgb.hex(0xA7BFD1)),
            Map.entry(ColorRole.SKIN_NEAR, Rgb.hex(0xE9B48F)),
            Map.entry(ColorRole.SKIN_FAR, Rgb.hex(0xF5D9C6)),
            Map.entry(ColorRole.OUTLINE, Rgb.hex(0x1E2A36)),
            Map.entry(ColorRole.HIGHLIGHT, Rgb.hex(0xFFC24D)),
            Map.entry(ColorRole.MAT, Rgb.hex(0xD5DEE6)),
            Map.entry(ColorRole.PROP, Rgb.hex(0xC9B49A)),
            Map.entry(ColorRole.PROP_EDGE, Rgb.hex(0x5C4F42)),
            Map.entry(ColorRole.FLOOR, Rgb.hex(0x6B7680)),
            Map.entry(ColorRole.ARROW, Rgb.hex(0xC0392B)),
            Map.entry(ColorRole.SHADOW, Rgb.hex(0xA9B5C0))));

    /**
     * For the kiosk's high-contrast theme: a black outline, clothes and skin far apart in lightness, and a
     * near-black arrow, so the figure reads for low vision as the text does.
     */
    private static final FigureStyle HIGH_CONTRAST = new FigureStyle(Map.ofEntries(
            Map.entry(ColorRole.CLOTHES_NEAR, Rgb.hex(0x0B3A5C)),
            Map.entry(ColorRole.CLOTHES_FAR, Rgb.hex(0x8FB3D0)),
            Map.entry(ColorRole.SKIN_NEAR, Rgb.hex(0xF2C4A0)),
            Map.entry(ColorRole.SKIN_FAR, Rgb.hex(0xFBE6D6)),
            Map.entry(ColorRole.OUTLINE, Rgb.hex(0x000000)),
            Map.entry(ColorRole.HIGHLIGHT, Rgb.hex(0xFFB000)),
            Map.entry(ColorRole.MAT, Rgb.hex(0xC4D0DA)),
            Map.entry(ColorRole.PROP, Rgb.hex(0xB89A74)),
            Map.entry(ColorRole.PROP_EDGE, Rgb.hex(0x000000)),
            Map.entry(ColorRole.FLOOR, Rgb.hex(0x000000)),
            Map.entry(ColorRole.ARROW, Rgb.hex(0x9E0000)),
            Map.entry(ColorRole.SHADOW, Rgb.hex(0x8796A4))));

    private final Map<ColorRole, Rgb> colors;

    public FigureStyle(Map<ColorRole, Rgb> colors) {
        this.colors = new EnumMap<>(colors);
        for (ColorRole role : ColorRole.values()) {
            if (!this.colors.containsKey(role)) {
                throw new IllegalArgumentException("no colour for " + role);
            }
        }
    }

    public static FigureStyle standard() {
        return STANDARD;
    }

    public static FigureStyle highContrast() {
        return HIGH_CONTRAST;
    }

    public Rgb color(ColorRole role) {
        return colors.get(role);
    }
}
