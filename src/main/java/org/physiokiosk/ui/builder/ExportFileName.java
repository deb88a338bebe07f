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
        return slug.length() > MAX_TITLE ? slug.substring(0, MAX_TITLE).replaceAll("-+$", "") : slug;
    }
}
