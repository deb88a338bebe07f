package org.physiokiosk.handout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * Which characters the therapist typed that no bundled font has, so the handout would print them as "□"
 * (decision 0031): emoji, mostly, and scripts the fonts lack. Asked before printing, so the builder can say
 * so instead of the therapist finding squares on paper. Only the text the therapist types is checked (title,
 * patient, therapist, instructions, notes); content text is checked when it is written. Pure: reads which
 * characters the bundled fonts have (once per run), draws nothing.
 */
public final class UnprintableCharacters {

    /** The builder field a character was typed in. */
    public enum Field {
        TITLE,
        PATIENT,
        THERAPIST,
        INSTRUCTIONS,
        NOTE
    }

    /**
     * Characters one field cannot print, each once, in the order typed; {@code exercise} is the exercise's
     * number in the program (1-based) for a {@link Field#NOTE}, else 0.
     */
    public record Finding(Field field, int exercise, String characters) {}

    private UnprintableCharacters() {}

    public static List<Finding> in(Program program) {
        List<Finding> findings = new ArrayList<>();
        // The title prints bold on page 1 and regular in the footer: it must print in both weights.
        check(program.title(), Field.TITLE, 0, true, findings);
        program.patient().ifPresent(patient -> check(patient, Field.PATIENT, 0, false, findings));
        check(program.therapist(), Field.THERAPIST, 0, false, findings);
        check(program.instructions(), Field.INSTRUCTIONS, 0, false, findings);
        List<ProgramItem> items = program.items();
        for (int i = 0; i < items.size(); i++) {
            check(items.get(i).note(), Field.NOTE, i + 1, false, findings);
        }
        return List.copyOf(findings);
    }

    private static void check(String text, Field field, int exercise, boolean bold, List<Finding> findings) {
        Set<Integer> missing = new LinkedHashSet<>();
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (!Character.isWhitespace(cp)
                    && !Character.isSpaceChar(cp)
                    && !TextWrap.invisible(cp)
                    && !(covered(HandoutFonts.REGULAR, cp) && (!bold || covered(HandoutFonts.BOLD, cp)))) {
                missing.add(cp);
            }
        });
        if (!missing.isEmpty()) {
            StringJoiner characters = new StringJoiner(" ");
            missing.forEach(cp -> characters.add(new String(Character.toChars(cp))));
            findings.add(new Finding(field, exercise, characters.toString()));
        }
    }

    private static boolean covered(List<FontFile> fonts, int codePoint) {
        for (FontFile font : fonts) {
            if (font.has(codePoint)) {
                return true;
            }
        }
        return false;
    }
}
