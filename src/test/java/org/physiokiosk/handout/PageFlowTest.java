package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
}
