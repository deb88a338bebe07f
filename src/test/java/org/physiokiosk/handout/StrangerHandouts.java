package org.physiokiosk.handout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * The programs a hostile reviewer prints (decision 0040): clinic exercises with three-line titles, the longest
 * notes and instructions, names in many scripts with emoji, an empty program, one exercise and every bundled
 * exercise for six weeks; in Dutch and English, with and without code, review date and therapist.
 */
final class StrangerHandouts {

    record Sample(String name, Program program, Optional<IssuedCode> code) {}

    static final String LONG_TITLE_ID = "clinic-long-title";
    /** A name no font prints whole: Turkish, Polish, Arabic letters, an apostrophe and an emoji. */
    static final String PATIENT = "Şükrü Ağaoğlu-Łukasiewicz d'Hondt سارة 😀";

    private static Catalog catalog;

    private StrangerHandouts() {}

    /** The bundled catalog plus a clinic exercise whose title takes three lines on the handout. */
    static synchronized Catalog catalog() {
        if (catalog == null) {
            Catalog base = HandoutFixtures.catalog();
            Exercise model = base.exercises().values().iterator().next();
            Exercise longTitle = new Exercise(
                    LONG_TITLE_ID,
                    LocalizedText.of(
                            "Zijwaarts liggend het bovenste been langzaam heffen en weer laten zakken met de knie "
                                    + "gestrekt en de tenen naar voren, zonder de heup te draaien of te kantelen",
                            "Lying on your side, slowly lift the top leg and lower it again with the knee straight "
                                    + "and the toes pointing forward, without turning or tilting the hip"),
                    model.summary(),
                    model.regions(),
                    model.category(),
                    model.startPosition(),
                    model.equipment(),
                    model.steps(),
                    model.dose(),
                    model.cautions(),
                    model.progression(),
                    List.of(),
                    model.sources());
            Map<String, Exercise> exercises = new LinkedHashMap<>();
            exercises.put(LONG_TITLE_ID, longTitle);
            exercises.putAll(base.exercises());
            catalog = new Catalog(
                    exercises,
                    base.conditions(),
                    base.templates(),
                    base.sources(),
                    base.redFlags(),
                    base.advice(),
                    base.disclaimer(),
                    base.poses());
        }
        return catalog;
    }

    static List<Sample> samples() {
        List<Sample> samples = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            samples.add(new Sample("stranger-long-" + language, longest(language, 4), HandoutReviewSamples.CODE));
            samples.add(new Sample("stranger-notes-" + language, hugeNotes(language), Optional.empty()));
            samples.add(new Sample("stranger-empty-" + language, bare(language, 0), Optional.empty()));
            samples.add(new Sample("stranger-one-" + language, bare(language, 1), HandoutReviewSamples.CODE));
            samples.add(new Sample(
                    "stranger-most-" + language,
                    longest(language, catalog().exercises().size()),
                    HandoutReviewSamples.CODE));
        }
        return samples;
    }

    /** Every text at its longest, {@code count} exercises (the first has the three-line title), six weeks. */
    static Program longest(String language, int count) {
        List<ProgramItem> items = new ArrayList<>();
        for (Exercise exercise :
                catalog().exercises().values().stream().limit(count).toList()) {
            items.add(new ProgramItem(exercise.id(), exercise.dose(), 7, longNote(language)));
        }
        String title = "nl".equals(language)
                ? "Thuisprogramma na de operatie aan de onderrug: rustig opbouwen in de eerste zes weken 💪"
                : "Home program after the operation on the lower back: building up gently in the first six weeks 💪";
        return new Program(
                Optional.empty(),
                0,
                title,
                Optional.of(PATIENT),
                "Dr. Ayşe Çelik-Wróblewska (fysiotherapeut, manueel therapeut) ✨",
                HandoutFixtures.DATE,
                Optional.of(HandoutFixtures.DATE.plusWeeks(6)),
                longNote(language).repeat(3).strip(),
                language,
                items);
    }

    /** Three exercises, the first and third with a note of some 5,000 characters ending in "THE-END". */
    static Program hugeNotes(String language) {
        Program longest = longest(language, 3);
        String note = longNote(language).repeat(8).strip() + " THE-END";
        List<ProgramItem> items = new ArrayList<>(longest.items());
        for (int i : List.of(0, 2)) {
            ProgramItem item = items.get(i);
            items.set(i, new ProgramItem(item.exercise(), item.dose(), item.daysPerWeek(), note));
        }
        return longest.withItems(items);
    }

    /** No title, patient, therapist, review date or instructions. */
    static Program bare(String language, int count) {
        List<ProgramItem> items = new ArrayList<>();
        for (Exercise exercise :
                catalog().exercises().values().stream().skip(1).limit(count).toList()) {
            items.add(new ProgramItem(exercise.id(), exercise.dose(), 7, ""));
        }
        return new Program(
                Optional.empty(),
                0,
                "",
                Optional.empty(),
                "",
                HandoutFixtures.DATE,
                Optional.empty(),
                "",
                language,
                items);
    }

    /** About 700 characters: what a therapist in a hurry pastes from an e-mail. */
    static String longNote(String language) {
        String sentence = "nl".equals(language)
                ? "Doe deze oefening rustig en let op je ademhaling; voel je een scherpe pijn (geen trekkend gevoel), "
                        + "stop dan en probeer het de volgende dag opnieuw met minder herhalingen. "
                : "Do this exercise calmly and mind your breathing; if you feel a sharp pain (not a pulling feeling), "
                        + "stop and try again the next day with fewer repetitions. ";
        return sentence.repeat(4);
    }
}
