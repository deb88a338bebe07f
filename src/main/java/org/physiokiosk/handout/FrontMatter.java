package org.physiokiosk.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.physiokiosk.program.Program;

/**
 * The top of page 1: the clinic's name and contact line (tagged text, not a page header: it is the only
 * place a patient finds the phone number, so a screen reader must read it), the program's title, who it is
 * for, the therapist, the dates and the therapist's general instructions. The patient's name is printed here
 * and nowhere else.
 */
final class FrontMatter {

    private FrontMatter() {}

    static void place(
            PageFlow flow,
            Program program,
            String title,
            HandoutSettings settings,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node document)
            throws IOException {
        float x = HandoutStyle.MARGIN_X;
        float width = HandoutStyle.WIDTH;
        Paragraph.Type body = new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT);
        Stack clinic = new Stack();
        if (!settings.clinicName().isBlank()) {
            clinic.add(new Paragraph(
                    document.child("P"),
                    settings.clinicName(),
                    new Paragraph.Type(fonts.bold(), 15, HandoutStyle.ACCENT),
                    x,
                    width,
                    0));
        }
        if (!settings.contactLine().isBlank()) {
            clinic.add(new Paragraph(
                    document.child("P"),
                    settings.contactLine(),
                    new Paragraph.Type(fonts.regular(), 12, HandoutStyle.MUTED),
                    x,
                    width,
                    0));
        }
        flow.place(6, clinic);
        float ruleAt = flow.y();
        PageCanvas first = flow.current();
        first.artifact(() -> first.line(x, ruleAt, x + width, ruleAt, HandoutStyle.RULE, 0.8f));
        flow.place(14);

        flow.place(
                8,
                new Paragraph(
                        document.child("H1"),
                        title,
                        new Paragraph.Type(fonts.bold(), HandoutStyle.TITLE, HandoutStyle.TEXT),
                        x,
                        width,
                        0));
        List<String> facts = new ArrayList<>();
        program.patient().ifPresent(name -> facts.add(words.format("header.patient", name)));
        if (!program.therapist().isBlank()) {
            facts.add(words.format("header.therapist", program.therapist()));
        }
        facts.add(words.format("header.date", words.longDate(program.date())));
        program.reviewDate().ifPresent(review -> facts.add(words.format("header.review", words.longDate(review))));
        for (String fact : facts) {
            flow.place(0, new Paragraph(document.child("P"), fact, body, x, width, 0));
        }
        flow.place(10);
        if (!program.instructions().isEmpty()) {
            flow.place(
                    12,
                    new Paragraph(
                            document.child("P"),
                            words.get("header.instructions") + ":",
                            fonts.bold(),
                            program.instructions(),
                            body,
                            x,
                            width,
                            0));
        }
    }
}
