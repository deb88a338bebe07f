package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

/** Names and words in other scripts print as written (decision 0031), read back with PDFBox's text extraction. */
class HandoutScriptsTest {

    static final String UKRAINIAN = "Олена Шевченко";
    static final String ARABIC = "محمد العلي";
    static final String CHINESE = "李小龍";
    static final String GREEK = "Ελένη Παπαδοπούλου";
    static final String VIETNAMESE = "Nguyễn Thị Ánh";
    static final String TURKISH = "İbrahim Şahin";
    static final String PERSIAN = "پگاه چمنی";
    static final String SYMBOLS = "stoppen ⚠ → bel ons";
    static final String ARROWS = "Langzaam ↑↓ ✓";

    /** A 10-exercise Dutch program whose patient, title, instructions and notes use every covered script. */
    static Program program() {
        Program plain = HandoutFixtures.program(10, "nl");
        List<ProgramItem> items = new ArrayList<>(plain.items());
        String[] notes = {ARROWS, ARABIC, CHINESE + " " + GREEK, VIETNAMESE, PERSIAN};
        for (int i = 0; i < notes.length; i++) {
            ProgramItem item = items.get(i);
            items.set(i, new ProgramItem(item.exercise(), item.dose(), item.daysPerWeek(), notes[i]));
        }
        return new Program(
                plain.id(),
                0,
                "Oefeningen voor " + TURKISH,
                Optional.of(UKRAINIAN),
                "Sanne de Vries",
                plain.date(),
                plain.reviewDate(),
                "Bij meer pijn: " + SYMBOLS + ". Voor " + VIETNAMESE + ".",
                "nl",
                items);
    }

    static byte[] render(Program program) throws IOException {
        byte[] pdf = HandoutFixtures.render(program);
        String keep = System.getProperty("handout.scripts.out");
        if (keep != null) {
            Files.write(Path.of(keep), pdf);
        }
        return pdf;
    }

    @Test
    void everyScriptComesBackOutOfThePdfAsWritten() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(render(program()))) {
            String text = String.join(" ", HandoutContentTest.pageTexts(pdf));
            assertThat(text).contains(UKRAINIAN, ARABIC, CHINESE, GREEK, VIETNAMESE, TURKISH, PERSIAN, SYMBOLS, ARROWS);
        }
    }

    @Test
    void aCharacterNoFontHasPrintsAsAVisibleSquareNotAQuestionMark() throws IOException {
        Program program = HandoutFixtures.program(1, "nl").withTitle("Goed zo 👍🏽 Anna 😀");
        try (PDDocument pdf = Loader.loadPDF(render(program))) {
            String text = String.join(" ", HandoutContentTest.pageTexts(pdf));
            assertThat(text).contains("Goed zo □ Anna □").doesNotContain("zo ?");
        }
    }

    @Test
    void aPlainDutchHandoutEmbedsOnlyAtkinson() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutFixtures.render(HandoutFixtures.program(3, "nl")))) {
            assertThat(fontNames(pdf)).allMatch(name -> name.contains("AtkinsonHyperlegible"));
        }
    }

    @Test
    void tenExercisesInEveryScriptStayUnder300Kilobytes() throws IOException {
        byte[] pdf = render(program());
        assertThat(pdf.length).isLessThan(300 * 1024);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(fontNames(document))
                    .anyMatch(name -> name.contains("NotoSans-"))
                    .anyMatch(name -> name.contains("NotoSansArabic"))
                    .anyMatch(name -> name.contains("DroidSansFallback"));
        }
    }

    private static List<String> fontNames(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (var page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                String font = resources.getFont(name).getName();
                if (!names.contains(font)) {
                    names.add(font);
                }
            }
        }
        return names;
    }
}
