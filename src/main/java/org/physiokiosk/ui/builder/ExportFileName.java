package org.physiokiosk.ui.builder;

import java.text.Normalizer;
import java.util.Locale;
import org.physiokiosk.program.PatientNameCheck;
import org.physiokiosk.program.Program;

/**
 * The file name an export suggests: the program's title and date, never the patient's name (file names
 * end up in recent-file lists, mail attachments and backups). "oefenprogramma-2026-11-29.pdf" when the
 * title is empty, or when the title contains a part of the patient's name (therapists do write
 * "Rug Jan de Vries": the builder warns, and the file name takes the neutral name instead).
 */
final class ExportFileName {

    private static final int MAX_TITLE = 40;

    private ExportFileName() {}

    static String suggest(Program program, String fallbackTitle) {
        String title = PatientNameCheck.namesThePatient(program, program.title()) ? "" : slug(program.title());
        if (title.isEmpty()) {
            title = slug(fallbackTitle);
        }
        return title + "-" + program.date() + ".pdf";
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() <= MAX_TITLE) {
            return slug;
        }
        // At a word's end: "...-lumbago-of", not "...-lumbago-of-herni"
        String cut = slug.substring(0, MAX_TITLE + 1);
        int lastBreak = cut.lastIndexOf('-');
        return (lastBreak > 0 ? cut.substring(0, lastBreak) : slug.substring(0, MAX_TITLE)).replaceAll("-+$", "");
    }
}
