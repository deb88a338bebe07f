package org.physiokiosk.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the patient's name in the words a kiosk shows. The kiosk never shows the patient field, but it shows
 * the title, the general instructions and every exercise's note to whoever stands at it; a therapist who
 * writes "Oefeningen voor Jan de Vries" as the title puts the name in the waiting room. The builder warns.
 *
 * <p>Each part of the name of three letters or more counts (accents and case ignored, whole words only), except
 * the particles of Dutch and Flemish surnames, which are ordinary words too. A name given as initials only
 * ("JdV") counts as one word.
 */
public final class PatientNameCheck {

    /** Where the kiosk would show the name. */
    public enum Field {
        TITLE,
        INSTRUCTIONS,
        NOTE
    }

    private static final Set<String> PARTICLES =
            Set.of("van", "der", "den", "het", "ter", "ten", "von", "les", "del", "della");
    private static final int SHORTEST_PART = 3;
    /** A run of letters and digits, as {@link LibrarySearch#fold} cuts words (marks belong to their letter). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** What stands where a part of the name was: no letters, so it reads the same in every language. */
    static final String MASK = "…";

    private PatientNameCheck() {}

    /** The kiosk-visible fields of {@code program} that contain a part of its patient's name, in order. */
    public static List<Field> fieldsNamingThePatient(Program program) {
        List<String> parts = program.patient().map(PatientNameCheck::nameParts).orElse(List.of());
        List<Field> found = new ArrayList<>();
        if (parts.isEmpty()) {
            return found;
        }
        if (names(program.title(), parts)) {
            found.add(Field.TITLE);
        }
        if (names(program.instructions(), parts)) {
            found.add(Field.INSTRUCTIONS);
        }
        if (program.items().stream().anyMatch(item -> names(item.note(), parts))) {
            found.add(Field.NOTE);
        }
        return found;
    }

    /**
     * The program as a kiosk may show it: a title that names the patient is left out (the kiosk then shows its
     * own neutral heading, "Jouw programma"; a title with a hole in it reads as a riddle), and each part of the
     * name in the instructions and notes is replaced by "…" (those are the patient's instructions: the rest of
     * the sentence still matters). A program without a patient is returned as it is.
     */
    public static Program kioskSafe(Program program) {
        List<String> parts = program.patient().map(PatientNameCheck::nameParts).orElse(List.of());
        if (parts.isEmpty()) {
            return program;
        }
        List<ProgramItem> items = program.items().stream()
                .map(item ->
                        new ProgramItem(item.exercise(), item.dose(), item.daysPerWeek(), masked(item.note(), parts)))
                .toList();
        return program.withTitle(names(program.title(), parts) ? "" : program.title())
                .withInstructions(masked(program.instructions(), parts))
                .withItems(items);
    }

    /** Whether {@code text} (a title, say) contains a part of the program's patient's name. */
    public static boolean namesThePatient(Program program, String text) {
        return program.patient()
                .map(PatientNameCheck::nameParts)
                .map(parts -> names(text, parts))
                .orElse(false);
    }

    private static String masked(String text, List<String> parts) {
        Matcher word = WORD.matcher(text);
        StringBuilder result = new StringBuilder(text.length());
        while (word.find()) {
            boolean name = parts.contains(LibrarySearch.fold(word.group()));
            word.appendReplacement(result, Matcher.quoteReplacement(name ? MASK : word.group()));
        }
        word.appendTail(result);
        return result.toString();
    }

    private static List<String> nameParts(String patient) {
        List<String> words = words(patient);
        if (words.size() == 1 && words.get(0).length() >= 2) {
            return words; // "JdV", "Jo": the whole of what was typed
        }
        return words.stream()
                .filter(word -> word.length() >= SHORTEST_PART && !PARTICLES.contains(word))
                .toList();
    }

    private static boolean names(String text, List<String> parts) {
        List<String> words = words(text);
        return parts.stream().anyMatch(words::contains);
    }

    private static List<String> words(String text) {
        String folded = LibrarySearch.fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
