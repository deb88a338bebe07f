package org.physiokiosk.figure;

/** A colour, 0–255 per channel. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("channel outside 0–255");
        }
    }

    public static Rgb hex(int rgb) {
        return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** Perceived lightness 0 (black) – 1 (white), as a black-and-white printer would render it. */
    public double luminance() {
        return (0.299 * red + 0.587 * green + 0.114 * blue) / 255.0;
    }
}
