package org.physiokiosk.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Blocks one under the other that stay together on one page, as one block. */
final class Stack implements Block {

    private final List<Block> blocks = new ArrayList<>();

    Stack add(Block block) {
        blocks.add(block);
        return this;
    }

    Stack gap(float points) {
        blocks.add(new Gap(points));
        return this;
    }

    @Override
    public float height() {
        float height = 0;
        for (Block block : blocks) {
            height += block.height();
        }
        return height;
    }

    @Override
    public void draw(PageCanvas canvas, float top) throws IOException {
        float y = top;
        for (Block block : blocks) {
            block.draw(canvas, y);
            y += block.height();
        }
    }

    private record Gap(float height) implements Block {
        @Override
        public void draw(PageCanvas canvas, float top) {
            // Empty space draws nothing.
        }
    }
}
