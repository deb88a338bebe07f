package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Page breaks exactly where the reader expects them: a block that just fits stays on its page, one point more
 * moves it whole to the next page, a heading moves with what it heads, and a block taller than a page never
 * leaves a blank page before it.
 */
class PageFlowTest {

    private static final float PAGE = HandoutStyle.BODY_END - HandoutStyle.TOP;

    /** A block of a given height that records the page and place it was drawn at. */
    private record Box(float height, List<String> drawn, String name) implements Block {
        @Override
        public void draw(PageCanvas canvas, float top) {
            drawn.add(name + "@" + top);
        }
    }

    @Test
    void aBlockThatJustFitsStaysAndOnePointMoreStartsTheNextPage() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            List<String> drawn = new ArrayList<>();
            PageFlow flow = new PageFlow(pdf, new Tagging(pdf));
            flow.place(10, new Box(100, drawn, "a"));
            assertThat(flow.y()).isEqualTo(HandoutStyle.TOP + 110);
            flow.place(0, new Box(PAGE - 110, drawn, "fits"));
            assertThat(flow.pages()).as("exactly to the body's end").hasSize(1);
            assertThat(flow.y()).isEqualTo(HandoutStyle.BODY_END);

            PageFlow other = new PageFlow(pdf, new Tagging(pdf));
            other.place(10, new Box(100, drawn, "b"));
            other.place(0, new Box(PAGE - 109, drawn, "too-tall"));
            assertThat(other.pages()).hasSize(2);
            assertThat(drawn).endsWith("too-tall@" + HandoutStyle.TOP);
        }
    }

    @Test
    void aHeadingMovesWithItsBlockAndAnOversizedBlockGetsNoBlankPageBeforeIt() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            List<String> drawn = new ArrayList<>();
            PageFlow flow = new PageFlow(pdf, new Tagging(pdf));
            flow.place(0, new Box(PAGE - 50, drawn, "long"));
            flow.place(0, new Box(30, drawn, "heading"), new Box(30, drawn, "block"));
            assertThat(flow.pages()).hasSize(2);
            assertThat(drawn)
                    .containsExactly(
                            "long@" + HandoutStyle.TOP,
                            "heading@" + HandoutStyle.TOP,
                            "block@" + (HandoutStyle.TOP + 30));

            PageFlow fresh = new PageFlow(pdf, new Tagging(pdf));
            fresh.place(0, new Box(PAGE + 200, drawn, "huge"));
            assertThat(fresh.pages())
                    .as("the first page is used, not left blank")
                    .hasSize(1);
        }
    }
    /**
     * A list breaks between items, but the last item never opens a page alone: the one before it goes along (the
     * English 10-exercise handout's last tip stood alone on page 8 above the disclaimer); and the heading keeps its
     * first two items.
     */
    @Test
    void aListsLastItemTakesTheOneBeforeItAlongRatherThanOpenAPageAlone() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            List<String> drawn = new ArrayList<>();
            PageFlow flow = new PageFlow(pdf, new Tagging(pdf));
            flow.place(0, new Box(PAGE - 100, drawn, "exercises"));
            List<Block> tips = List.of(
                    new Box(20, drawn, "tip1"),
                    new Box(20, drawn, "tip2"),
                    new Box(20, drawn, "tip3"),
                    new Box(20, drawn, "tip4"),
                    new Box(20, drawn, "tip5"));
            flow.placeList(Optional.of(new Box(20, drawn, "heading")), tips);
            assertThat(flow.pages()).hasSize(2);
            assertThat(drawn)
                    .as("four fit under the heading; the fourth goes with the fifth")
                    .endsWith(
                            "tip3@" + (HandoutStyle.BODY_END - 40),
                            "tip4@" + HandoutStyle.TOP,
                            "tip5@" + (HandoutStyle.TOP + 20));

            drawn.clear();
            PageFlow three = new PageFlow(pdf, new Tagging(pdf));
            three.place(0, new Box(PAGE - 70, drawn, "exercises"));
            three.placeList(Optional.of(new Box(20, drawn, "heading")), tips.subList(0, 3));
            assertThat(drawn)
                    .as("heading and two fit, but the third would be alone: all of it starts the next page")
                    .endsWith(
                            "heading@" + HandoutStyle.TOP,
                            "tip1@" + (HandoutStyle.TOP + 20),
                            "tip2@" + (HandoutStyle.TOP + 40),
                            "tip3@" + (HandoutStyle.TOP + 60));
        }
    }

    /** A paragraph over a page break leaves at least two lines for its last page, as it keeps two on the first. */
    @Test
    void aBrokenParagraphsLastPageGetsTwoLinesNotOne() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            Tagging tagging = new Tagging(pdf);
            HandoutFonts fonts = HandoutFonts.load(pdf);
            Paragraph.Type body = new Paragraph.Type(fonts.regular(), HandoutStyle.BODY, HandoutStyle.TEXT);
            float leading = HandoutStyle.leading(HandoutStyle.BODY);
            Paragraph note = new Paragraph(
                    tagging.document().child("P"),
                    "Een lange uitleg van de therapeut. ".repeat(60),
                    body,
                    HandoutStyle.MARGIN_X,
                    HandoutStyle.WIDTH,
                    0);
            int lines = note.lineCount();
            PageFlow flow = new PageFlow(pdf, tagging);
            // Room for all lines but the last: before, the last line alone opened page 2.
            flow.place(0, new Box(PAGE - (lines - 1) * leading - 1, new ArrayList<>(), "exercise"));
            flow.placeBreaking(note);
            assertThat(flow.pages()).hasSize(2);
            assertThat(flow.y() - HandoutStyle.TOP).as("page 2 holds two lines").isCloseTo(2 * leading, within(0.01f));
        }
    }
}
