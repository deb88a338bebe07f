package org.physiokiosk.handout;

import java.io.IOException;

/** Something placed on a page whole: measured first, so it is never split between pages. */
interface Block {

    /** Height in points. */
    float height();

    /** Draws with its top edge at {@code top} points from the page's top. */
    void draw(PageCanvas canvas, float top) throws IOException;
}
