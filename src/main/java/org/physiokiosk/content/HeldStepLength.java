package org.physiokiosk.content;

import org.physiokiosk.common.Language;

/**
 * How long a held step's text may be and still stand whole while the patient holds the pose: a patient holding a
 * stretch, maybe on a mat at arm's length from the screen, cannot tap ▼ to read the rest (decision 0049). A longer
 * text still loads and plays, it pages; {@code validate} warns so the clinic can shorten it or move part of it to
 * the step before.
 */
public final class HeldStepLength {

    /**
     * The most characters a held step's text has and still stands whole beside the figure and the countdown at
     * 1280x800 with the usual text size, in a run ("Next exercise" beside the title), Dutch and English. Kept as a
     * number here, where nothing knows the screen; {@code HeldStepTextLimitTest} (ui.player) lays texts of this
     * length out in every bundled held step's place and fails when one pages. Measured 2026-12-01: 273 characters
     * fit in the tightest place (figure four, Dutch, in a run), up to 388 in others; the bundled held texts have
     * at most 170.
     */
    public static final int MOST_CHARACTERS = 240;

    /**
     * The same at 1280x800 with the larger text (A+), where the figure gives way while the step holds (decision
     * 0053): measured 2026-12-01, 163 characters fit in the tightest place (Dutch), 174 in English. Not a warning of
     * its own (the bundled child pose's English hold has 170 and stands whole in its place), but said in the warning,
     * and tied to the layout by the same test. Both numbers hold for titles of up to two lines; an exercise title that
     * wraps to three lines or more (some 70 characters and up) takes the room of one or two lines of the held text.
     */
    public static final int MOST_CHARACTERS_LARGER_TEXT = 150;

    private HeldStepLength() {}

    /**
     * Warns at each language of {@code text} (the text of step {@code number}, counted from 1, which holds) that
     * the kiosk shows and that is longer than {@link #MOST_CHARACTERS}.
     */
    static void check(LocalizedText text, JsonFields step, int number) {
        for (Language language : Language.values()) {
            String code = language.code();
            if (!text.has(code)) {
                continue; // the Dutch text stands in, and is checked as Dutch
            }
            String shown = text.in(code);
            int length = shown.codePointCount(0, shown.length());
            if (length > MOST_CHARACTERS) {
                step.file()
                        .warning(
                                step.place("text", -1).property(code),
                                "step " + number + " holds, and its " + language.englishName() + " (" + code
                                        + ") text is " + length + " characters, more than the " + MOST_CHARACTERS
                                        + " sure to stand whole beside the figure in a hold at 1280x800 ("
                                        + MOST_CHARACTERS_LARGER_TEXT + " with the larger text); the"
                                        + " patient holding the pose may have to tap ▼ to read the rest");
            }
        }
    }
}
