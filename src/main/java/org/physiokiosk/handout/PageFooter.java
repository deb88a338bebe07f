package org.physiokiosk.handout;

import java.io.IOException;
import java.util.List;

/**
 * The footer of every page, "page 2 of 3 · program title · date": drawn once all pages exist (the count is
 * known only then), as pagination artifacts a screen reader skips.
 */
final class PageFooter {

    private static final float SIZE = 11;

    private PageFooter() {}

    static void paint(List<PageCanvas> pages, String title, String date, HandoutWords words, HandoutFonts fonts)
            throws IOException {
        float baseline = HandoutStyle.PAGE.getHeight() - HandoutStyle.INK_INSET - 4;
        float rule = baseline - SIZE - 6;
        float left = HandoutStyle.MARGIN_X;
        float right = left + HandoutStyle.WIDTH;
        for (int i = 0; i < pages.size(); i++) {
            PageCanvas canvas = pages.get(i);
            String page = TextWrap.printable(words.format("footer.page", i + 1, pages.size()), fonts.bold());
            float pageWidth = TextWrap.width(page, fonts.bold(), SIZE);
            String about = fitted(title + " · " + date, fonts, right - left - pageWidth - 24);
            canvas.pagination(() -> {
                canvas.line(left, rule, right, rule, HandoutStyle.RULE, 0.6f);
                canvas.text(page, fonts.bold(), SIZE, HandoutStyle.TEXT, left, baseline);
                canvas.text(
                        about,
                        fonts.regular(),
                        SIZE,
                        HandoutStyle.MUTED,
                        right - TextWrap.width(about, fonts.regular(), SIZE),
                        baseline);
            });
        }
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
