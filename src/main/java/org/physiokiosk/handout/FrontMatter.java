package org.physiokiosk.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.program.Program;

/**
 * The top of page 1: the clinic's name and contact line (tagged text, not a page header: it is the only
 * place a patient finds the phone number, so a screen reader must read it), the program's title, who it is
 * for, the therapist, the dates and the therapist's general instructions. The patient's name is printed here
 * and nowhere else.
 */
final class FrontMatter {

    private static final float COLUMN_GAP = 16;
    private static final float INSTRUCTIONS_GAP = 10;

    private FrontMatter() {}

    /**
     * Places the header; returns the therapist's instructions when they would leave page 1 less than {@code
     * keepForSafety} points (the least of the safety box it must hold): those are then placed after the safety
     * box, so no explanation, however long, pushes the red flags off page 1 (decision 0040).
     */
    static Optional<Paragraph> place(
            PageFlow flow,
            Program program,
            String title,
            HandoutSettings settings,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node document,
            float keepForSafety)
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
        flow.place(10);

        flow.place(
                4,
                new Paragraph(
                        document.child("H1"),
                        title,
                        new Paragraph.Type(fonts.bold(), HandoutStyle.TITLE, HandoutStyle.TEXT),
                        x,
                        width,
                        0));
        List<String> who = new ArrayList<>();
        program.patient().ifPresent(name -> who.add(words.format("header.patient", name)));
        if (!program.therapist().isBlank()) {
            who.add(words.format("header.therapist", program.therapist()));
        }
        List<String> when = new ArrayList<>();
        when.add(words.format("header.date", words.longDate(program.date())));
        program.reviewDate().ifPresent(review -> when.add(words.format("header.review", words.longDate(review))));
        placeFacts(flow, who, body, document);
        placeFacts(flow, when, body, document);
        flow.place(10);
        if (program.instructions().isEmpty()) {
            return Optional.empty();
        }
        Paragraph instructions = new Paragraph(
                document.child("P"),
                words.get("header.instructions") + ":",
                fonts.bold(),
                program.instructions(),
                body,
                x,
                width,
                0);
        if (flow.room() - instructions.height() - INSTRUCTIONS_GAP < keepForSafety) {
            return Optional.of(instructions);
        }
        flow.place(INSTRUCTIONS_GAP, instructions);
        return Optional.empty();
    }

    /**
     * Two facts that belong together (who it is for and the therapist; the date and the next appointment)
     * share a line when each fits half of it: a shorter header leaves the safety box room on page 1.
     */
    private static void placeFacts(PageFlow flow, List<String> facts, Paragraph.Type body, Tagging.Node document)
            throws IOException {
        float x = HandoutStyle.MARGIN_X;
        float width = HandoutStyle.WIDTH;
        float half = (width - COLUMN_GAP) / 2;
        float line = HandoutStyle.leading(body.size());
        if (facts.size() == 2
                && TextWrap.width(TextWrap.printable(facts.get(0), body.font()), body.font(), body.size()) <= half
                && TextWrap.width(TextWrap.printable(facts.get(1), body.font()), body.font(), body.size()) <= half) {
            Paragraph left = new Paragraph(document.child("P"), facts.get(0), body, x, half, 0);
            Paragraph right = new Paragraph(document.child("P"), facts.get(1), body, x + half + COLUMN_GAP, half, 0);
            flow.place(0, new SideBySide(left, right, line));
            return;
        }
        for (String fact : facts) {
            flow.place(0, new Paragraph(document.child("P"), fact, body, x, width, 0));
        }
    }

    /** Two one-line paragraphs on one line, read left then right. */
    private record SideBySide(Paragraph left, Paragraph right, float height) implements Block {
        @Override
        public void draw(PageCanvas canvas, float top) throws IOException {
            left.draw(canvas, top);
            right.draw(canvas, top);
        }
    }
}
