package org.physiokiosk.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A dose in plain words, the same on the kiosk, in the player and on the handout: "3 sets of 10 · hold 5
 * seconds · each side · twice a day". A range stays a range ("5–10 times"): the patient sees what the
 * source or the therapist said, never a number we picked between.
 */
public final class DoseWords {

    /** Between the parts of a dose line: a middle dot reads as a pause, also to a screen reader. */
    public static final String SEPARATOR = " · ";

    private final ResourceBundle words;

    public DoseWords(String language) {
        this.words = ResourceBundle.getBundle(
                "org.physiokiosk.content.dose-words",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The whole line; {@code daysPerWeek} of 7 is left out, as "every day" is what a patient assumes. */
    public String line(Dose dose, int daysPerWeek) {
        return String.join(SEPARATOR, parts(dose, daysPerWeek));
    }

    public String line(Dose dose) {
        return line(dose, 7);
    }

    public List<String> parts(Dose dose, int daysPerWeek) {
        List<String> parts = new ArrayList<>();
        parts.add(dose.sets() > 1 ? format("sets", dose.sets(), dose.reps()) : reps(dose.reps()));
        if (dose.holdSeconds().max() > 0) {
            IntRange hold = dose.holdSeconds();
            parts.add(format(hold.isSingle() && hold.min() == 1 ? "hold.one" : "hold", hold));
        }
        if (dose.side() != Side.NONE) {
            parts.add(words.getString("side." + dose.side().name().toLowerCase(Locale.ROOT)));
        }
        parts.add(timesPerDay(dose.timesPerDay()));
        if (daysPerWeek < 7) {
            parts.add(format("daysPerWeek", daysPerWeek));
        }
        return parts;
    }

    /** "5 times" or "5–10 times". */
    public String reps(IntRange reps) {
        return format(reps.isSingle() && reps.min() == 1 ? "reps.one" : "reps", reps);
    }

    /** "once a day", "twice a day", "3 times a day", "1–2 times a day". */
    public String timesPerDay(IntRange times) {
        if (times.isSingle() && times.min() <= 2) {
            return words.getString("perDay." + times.min());
        }
        return format("perDay", times);
    }

    /** "5 seconds" or "1 second": for counters and the rest line. */
    public String seconds(int seconds) {
        return format(seconds == 1 ? "seconds.one" : "seconds", seconds);
    }

    private String format(String key, Object... values) {
        String text = words.getString(key);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", values[i].toString());
        }
        return text;
    }
}
