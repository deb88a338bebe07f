package org.physiokiosk.handout;

import java.util.List;
import java.util.Set;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.DoseWords;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.LocalizedText;
import org.physiokiosk.content.Step;
import org.physiokiosk.program.ProgramItem;

/**
 * One exercise of the handout as one block (never split between pages): its number and name, its key
 * drawings, the numbered steps, the dose in plain words, the therapist's note and the cautions (but for those
 * printed once above all the exercises, see {@link SharedCautions}).
 */
final class ExerciseBlock {

    private ExerciseBlock() {}

    /**
     * The exercise's block; {@code withNote} false leaves the therapist's note out, for a note so long (the
     * builder sets no limit) that the exercise with it would not fit a page: the note then follows as {@link
     * #note}, going on over page breaks.
     */
    static Block of(
            Catalog catalog,
            Exercise exercise,
            ProgramItem item,
            int number,
            String language,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node parent,
            Set<String> printedAbove,
            boolean withNote) {
        float x = HandoutStyle.MARGIN_X;
        float width = HandoutStyle.WIDTH;
        Paragraph.Type body = new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT);
        Tagging.Node section = parent.child("Sect");
        Stack stack = new Stack();
        stack.add(new Paragraph(
                section.child("H3"),
                number + ". " + exercise.title().in(language),
                new Paragraph.Type(fonts.bold(), HandoutStyle.H3, HandoutStyle.ACCENT),
                x,
                width,
                6));
        stack.add(new FigureRow(
                section,
                KeyPoses.of(catalog, exercise, language, words),
                new Paragraph.Type(fonts.bold(), 12, HandoutStyle.MUTED),
                x,
                width));
        Tagging.Node steps = section.child("L");
        List<Step> all = exercise.steps();
        for (int i = 0; i < all.size(); i++) {
            stack.add(new ListItem(steps, (i + 1) + ".", all.get(i).text().in(language), body, x, width, 24, 2));
        }
        stack.gap(6);
        DoseWords doseWords = new DoseWords(language);
        stack.add(new DoseBand(
                section.child("P"),
                words.get("exercise.dose"),
                doseWords.parts(item.dose(), item.daysPerWeek()),
                body,
                new Paragraph.Type(fonts.bold(), HandoutStyle.DOSE, HandoutStyle.TEXT),
                x,
                width));
        if (withNote && !item.note().isEmpty()) {
            stack.gap(6);
            stack.add(note(item, words, fonts, section));
        }
        for (LocalizedText caution : exercise.cautions()) {
            if (printedAbove.contains(caution.in(language))) {
                continue;
            }
            stack.gap(6);
            stack.add(new Paragraph(
                    section.child("P"),
                    words.get("exercise.caution"),
                    fonts.bold(),
                    caution.in(language),
                    new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.WARNING),
                    x,
                    width,
                    0));
        }
        return stack;
    }

    /** The therapist's note on its own: "From your physiotherapist: ...". */
    static Paragraph note(ProgramItem item, HandoutWords words, HandoutFonts fonts, Tagging.Node parent) {
        Paragraph.Type body = new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT);
        return new Paragraph(
                parent.child("P"),
                words.get("exercise.note"),
                fonts.bold(),
                item.note(),
                body,
                HandoutStyle.MARGIN_X,
                HandoutStyle.WIDTH,
                0);
    }
}
