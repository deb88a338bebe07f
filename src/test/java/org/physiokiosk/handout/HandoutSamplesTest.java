package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes the three handouts a reviewer looks at (short Dutch, long Dutch, English) to target/handout-samples. */
class HandoutSamplesTest {

    @Test
    void writesTheSamplesAReviewerLooksAt() throws IOException {
        Path folder = Files.createDirectories(Path.of("target/handout-samples"));
        Files.write(folder.resolve("short-nl.pdf"), HandoutFixtures.render(HandoutFixtures.program(2, "nl")));
        Files.write(folder.resolve("long-nl.pdf"), HandoutFixtures.render(HandoutFixtures.program(10, "nl")));
        Files.write(folder.resolve("long-en.pdf"), HandoutFixtures.render(HandoutFixtures.program(6, "en")));
        assertThat(Files.size(folder.resolve("long-nl.pdf"))).isGreaterThan(Files.size(folder.resolve("short-nl.pdf")));
    }
}
