package org.physiokiosk.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * One line of the suite's table: a figure as ratios against its baseline measured in the same run (one ratio a
 * round), the target, and whether the median meets it. {@code limit} is the largest median that passes.
 */
record Row(String what, String baseline, double[] ratios, String unit, String target, double limit, String note) {

    static Row of(String what, String baseline, double[] ratios, String target, double limit) {
        return new Row(what, baseline, ratios, "x", target, limit, "");
    }

    Row withUnit(String newUnit) {
        return new Row(what, baseline, ratios, newUnit, target, limit, note);
    }

    Row withNote(String newNote) {
        return new Row(what, baseline, ratios, unit, target, limit, newNote);
    }

    double median() {
        return Stats.median(ratios);
    }

    boolean passes() {
        return Double.isNaN(limit) || median() <= limit;
    }

    String figure() {
        if (ratios.length == 0) {
            return "not measured";
        }
        String value = format(median());
        if (ratios.length == 1) {
            return value;
        }
        double min = Arrays.stream(ratios).min().orElseThrow(),
                max = Arrays.stream(ratios).max().orElseThrow();
        return value + " (" + format(min) + "–" + format(max) + ")";
    }

    private String format(double value) {
        return switch (unit) {
            case "%" -> String.format(Locale.ROOT, "%.1f %%", value * 100);
            case "ms" -> String.format(Locale.ROOT, "%.0f ms", value);
            case "KB" -> String.format(Locale.ROOT, "%.0f KB", value);
            case "frames" -> String.format(Locale.ROOT, "%.2f frames", value);
            default -> String.format(Locale.ROOT, "%.2fx", value);
        };
    }

    String verdict() {
        if (ratios.length == 0) {
            return "—";
        }
        return Double.isNaN(limit) ? "info" : passes() ? "pass" : "MISS";
    }
}
