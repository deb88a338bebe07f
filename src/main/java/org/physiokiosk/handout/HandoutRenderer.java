package org.physiokiosk.handout;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Exercise;
import org.physiokiosk.content.RedFlag;
import org.physiokiosk.program.IssuedCode;
import org.physiokiosk.program.PatientNameCheck;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/**
 * Writes a program as an A4 handout PDF (PDF/A-2b and PDF/UA-1) in the program's language: per exercise its
 * drawings, steps, dose line, note and cautions; red flags, advice and the stop rule; an adherence log.
 * The same bytes are exported, previewed and printed.
 *
 * <p>Page 1 opens with the clinic, the program and the safety box (stop if the pain gets worse, when to get
 * help); the exercises follow, one block each, never split between pages; then the advice, disclaimer and
 * sources; the exercise log (a table per week, never split) comes last, so it can be torn off and brought
 * along, and its tables fill what would otherwise be a last page with a lone line of sources.
 */
public final class HandoutRenderer {

    private final Catalog catalog;
    private final HandoutSettings settings;

    public HandoutRenderer(Catalog catalog, HandoutSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * Writes the handout; the stream is not closed.
     *
     * @throws IllegalArgumentException when the program names an exercise the catalog does not hold
     */
    public void write(Program program, OutputStream out) throws IOException {
        write(program, Optional.empty(), out);
    }

    /**
     * Writes the handout with the program's kiosk code (when it has one), so the patient can play the program
     * on the waiting-room kiosk: after the red flags on page 1 when it fits there, else in every page's footer
     * and in full at the end (decision 0038).
     */
    public void write(Program program, Optional<IssuedCode> kioskCode, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            compose(pdf, program, kioskCode);
            pdf.save(out);
        }
    }

    /** Where every block of the handout goes, without writing it: what the page-flow tests judge. */
    HandoutLayout layout(Program program, Optional<IssuedCode> kioskCode) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            return compose(pdf, program, kioskCode);
        }
    }

    private HandoutLayout compose(PDDocument pdf, Program program, Optional<IssuedCode> kioskCode) throws IOException {
        List<Exercise> exercises = exercisesOf(program);
        String language = program.language();
        HandoutWords words = new HandoutWords(language);
        String title = program.title().isEmpty() ? words.get("exercises.heading") : program.title();
        HandoutFonts fonts = HandoutFonts.load(pdf);
        Tagging tagging = new Tagging(pdf);
        Tagging.Node document = tagging.document();
        PageFlow flow = new PageFlow(pdf, tagging);

        List<RedFlag> flags = ProgramRedFlags.of(catalog, program);
        Optional<Paragraph> laterInstructions = FrontMatter.place(
                flow,
                program,
                title,
                settings,
                words,
                fonts,
                document,
                SafetyBox.leastOnPageOne(flags, language, words, fonts, document));
        flow.startPart(HandoutLayout.Part.SAFETY);
        SafetyBox.place(flow, flags, language, words, fonts, document, 18);
        Optional<KioskCodeBox> codeBox = kioskCode.map(code ->
                new KioskCodeBox(document.child("P"), code, words, fonts, HandoutStyle.MARGIN_X, HandoutStyle.WIDTH));
        // The code never costs the red flags room on page 1 (decision 0038): after them when it fits there,
        // else in every page's footer and, room allowing, in full on the last page.
        boolean codeOnPageOne = codeBox.isPresent() && flow.pages().size() == 1 && fits(flow, codeBox.get());
        if (codeOnPageOne) {
            flow.startPart(HandoutLayout.Part.KIOSK_CODE);
            flow.place(18, codeBox.get());
        }
        if (laterInstructions.isPresent()) {
            flow.startPart(HandoutLayout.Part.HEADER);
            flow.placeBreaking(laterInstructions.get());
            flow.place(18);
        }
        flow.startPart(HandoutLayout.Part.EXERCISE);
        placeExercises(flow, program, exercises, words, fonts, document);
        flow.startPart(HandoutLayout.Part.ADVICE);
        ClosingSections.placeAdvice(flow, catalog, language, words, fonts, document);
        flow.startPart(HandoutLayout.Part.END_MATTER);
        ClosingSections.placeEndMatter(flow, catalog, exercises, language, words, fonts, document);
        List<Integer> logWeeksPerPage = List.of();
        if (!exercises.isEmpty()) {
            flow.startPart(HandoutLayout.Part.LOG);
            flow.place(8);
            logWeeksPerPage = AdherenceLog.place(flow, program, exercises, words, fonts, document);
        }
        Optional<PageFooter.Code> footerCode = Optional.empty();
        if (codeBox.isPresent() && !codeOnPageOne) {
            boolean atTheEnd = fits(flow, codeBox.get());
            if (atTheEnd) {
                flow.startPart(HandoutLayout.Part.KIOSK_CODE);
                flow.place(0, codeBox.get());
            }
            String grouped = kioskCode.get().code().grouped();
            footerCode = Optional.of(new PageFooter.Code(
                    words.format("code.footer.first", grouped),
                    words.format("code.footer", grouped),
                    atTheEnd ? Optional.empty() : Optional.of(document.child("P"))));
        }

        List<PageCanvas> pages = flow.pages();
        PageFooter.paint(pages, title, words.longDate(program.date()), footerCode, words, fonts);
        for (PageCanvas page : pages) {
            page.close();
        }
        tagging.finish();
        // A title that names the patient ("Oefeningen voor Marieke") is printed on page 1, which the patient
        // holds, but the metadata (any viewer's title bar, file indexes, mail previews) gets the neutral heading.
        PdfaMetadata.apply(
                pdf,
                PatientNameCheck.namesThePatient(program, title) ? words.get("exercises.heading") : title,
                language);
        return flow.layout().withCodeInFooter(footerCode.isPresent()).withLogWeeksPerPage(logWeeksPerPage);
    }

    private static boolean fits(PageFlow flow, Block block) {
        return flow.room() >= block.height();
    }

    /** The handout as bytes: what a preview shows and {@link HandoutPrinter} prints, the same as the export. */
    public byte[] toBytes(Program program) throws IOException {
        return toBytes(program, Optional.empty());
    }

    public byte[] toBytes(Program program, Optional<IssuedCode> kioskCode) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(160 * 1024);
        write(program, kioskCode, out);
        return out.toByteArray();
    }

    private void placeExercises(
            PageFlow flow,
            Program program,
            List<Exercise> exercises,
            HandoutWords words,
            HandoutFonts fonts,
            Tagging.Node document)
            throws IOException {
        Tagging.Node section = document.child("Sect");
        Stack heading = new Stack()
                .add(new Paragraph(
                        section.child("H2"),
                        words.get("exercises.heading"),
                        new Paragraph.Type(fonts.bold(), HandoutStyle.H2, HandoutStyle.ACCENT),
                        HandoutStyle.MARGIN_X,
                        HandoutStyle.WIDTH,
                        8));
        Set<String> shared = SharedCautions.of(exercises, program.language());
        for (String caution : shared) {
            heading.add(new Paragraph(
                            section.child("P"),
                            words.get("exercises.caution"),
                            fonts.bold(),
                            caution,
                            new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.WARNING),
                            HandoutStyle.MARGIN_X,
                            HandoutStyle.WIDTH,
                            0))
                    .gap(12);
        }
        float page = HandoutStyle.BODY_END - HandoutStyle.TOP;
        for (int i = 0; i < exercises.size(); i++) {
            Exercise exercise = exercises.get(i);
            ProgramItem item = program.items().get(i);
            String language = program.language();
            Block block =
                    ExerciseBlock.of(catalog, exercise, item, i + 1, language, words, fonts, section, shared, true);
            Optional<Paragraph> longNote = Optional.empty();
            float above = i == 0 ? heading.height() : 0;
            if (above + block.height() > page) {
                block = ExerciseBlock.of(
                        catalog, exercise, item, i + 1, language, words, fonts, section, shared, false);
                longNote = Optional.of(ExerciseBlock.note(item, words, fonts, section));
            }
            if (i == 0) {
                flow.place(longNote.isPresent() ? 6 : 18, heading, block);
            } else {
                flow.place(longNote.isPresent() ? 6 : 18, block);
            }
            if (longNote.isPresent()) {
                flow.placeBreaking(longNote.get());
                flow.place(18);
            }
        }
    }

    private List<Exercise> exercisesOf(Program program) {
        List<Exercise> exercises = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ProgramItem item : program.items()) {
            catalog.exercise(item.exercise()).ifPresentOrElse(exercises::add, () -> unknown.add(item.exercise()));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("the program names exercises the content does not hold: " + unknown);
        }
        return exercises;
    }
}
