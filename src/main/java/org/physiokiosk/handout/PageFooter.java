package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The footer of every page, "page 2 of 3 · program title · date": drawn once all pages exist (the count is
 * known only then), as pagination artifacts a screen reader skips. When the kiosk code found no room on page 1
 * after the red flags, the footer carries it instead of the title and date ("Your code for the kiosk:
 * K7QM-4XPR"), on every page, so it costs the red flags nothing and is on whatever page the patient keeps
 * (decision 0038); page 1's line also says what to do with it ("On the kiosk, tap "My program" and type
 * K7QM-4XPR"), as page 1 is where the kiosk tells the patient to look (decision 0040).
 */
final class PageFooter {

    private static final float SIZE = 11;
    private static final float CODE_SIZE = 13;

    /**
     * The kiosk code's footer lines: {@code firstPage} for page 1 (the code and how to use it), {@code line}
     * for the others; {@code owner} is set when the footer is the only place the code is printed, so page 1's
     * line is tagged content a screen reader reads (the other pages' lines stay artifacts).
     */
    record Code(String firstPage, String line, Optional<Tagging.Node> owner) {}

    private PageFooter() {}

    static void paint(
            List<PageCanvas> pages,
            String title,
            String date,
            Optional<Code> code,
            HandoutWords words,
            HandoutFonts fonts)
            throws IOException {
        float baseline = HandoutStyle.PAGE.getHeight() - HandoutStyle.INK_INSET - 4;
        float rule = baseline - SIZE - 6;
        float left = HandoutStyle.MARGIN_X;
        float right = left + HandoutStyle.WIDTH;
        for (int i = 0; i < pages.size(); i++) {
            PageCanvas canvas = pages.get(i);
            String page = TextWrap.printable(words.format("footer.page", i + 1, pages.size()), fonts.bold());
            float pageWidth = TextWrap.width(page, fonts.bold(), SIZE);
            canvas.pagination(() -> {
                canvas.line(left, rule, right, rule, HandoutStyle.RULE, 0.6f);
                canvas.text(page, fonts.bold(), SIZE, HandoutStyle.TEXT, left, baseline);
            });
            if (code.isPresent()) {
                String line = lineFor(code.get(), i, fonts, right - left - pageWidth - 16);
                float x = right - TextWrap.width(line, fonts.bold(), CODE_SIZE);
                PageCanvas.Drawing drawing =
                        () -> canvas.text(line, fonts.bold(), CODE_SIZE, HandoutStyle.ACCENT, x, baseline);
                Optional<Tagging.Node> owner = code.get().owner();
                if (i == 0 && owner.isPresent()) {
                    canvas.tagged(owner.get(), drawing);
                } else {
                    canvas.pagination(drawing);
                }
            } else {
                String about = fitted(title + " · " + date, fonts, right - left - pageWidth - 24);
                canvas.pagination(() -> canvas.text(
                        about,
                        fonts.regular(),
                        SIZE,
                        HandoutStyle.MUTED,
                        right - TextWrap.width(about, fonts.regular(), SIZE),
                        baseline));
            }
        }
    }

    /** Page 1's line with the instruction when it fits beside the page number, else the short line. */
    private static String lineFor(Code code, int page, HandoutFonts fonts, float width) {
        String first = TextWrap.printable(code.firstPage(), fonts.bold());
        if (page == 0 && TextWrap.width(first, fonts.bold(), CODE_SIZE) <= width) {
            return first;
        }
        return TextWrap.printable(code.line(), fonts.bold());
    }

    /** The text, cut with an ellipsis when it would run into the page number. */
    private static String fitted(String text, HandoutFonts fonts, float width) {
        String printable = TextWrap.printable(text, fonts.regular());
        if (TextWrap.width(printable, fonts.regular(), SIZE) <= width) {
            return printable;
        }
        String cut = printable;
        while (!cut.isEmpty() && TextWrap.width(cut + "…", fonts.regular(), SIZE) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }
}
