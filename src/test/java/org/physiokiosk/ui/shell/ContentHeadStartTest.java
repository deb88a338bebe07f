package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.LoadResult;

class ContentHeadStartTest {

    private final List<Optional<Path>> reads = new CopyOnWriteArrayList<>();
    private final Thread testThread = Thread.currentThread();
    private final List<Optional<Path>> readsOnThisThread = new CopyOnWriteArrayList<>();
    private final Function<Optional<Path>, LoadResult> load = folder -> {
        reads.add(folder);
        if (Thread.currentThread() == testThread) {
            readsOnThisThread.add(folder);
        }
        return new LoadResult(
                new Catalog(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty(), Map.of()),
                List.of(),
                0,
                0);
    };

    @Test
    void theSameFolderIsReadOnceAndTheEarlyResultIsHandedOver() {
        ContentHeadStart headStart = ContentHeadStart.begin(Optional.of(Path.of("clinic")), load);

        LoadResult result = headStart.contentFor(Optional.of(Path.of("clinic").toAbsolutePath()));

        assertThat(result).isNotNull();
        assertThat(reads).containsExactly(Optional.of(Path.of("clinic")));
    }

    @Test
    void anotherFolderThanTheHeadStartsIsReadAgain() {
        ContentHeadStart headStart = ContentHeadStart.begin(Optional.empty(), load);

        headStart.contentFor(Optional.of(Path.of("set-up-chose-this")));

        assertThat(readsOnThisThread).containsExactly(Optional.of(Path.of("set-up-chose-this")));
    }

    @Test
    void aFailedEarlyReadFailsWhereTheContentIsAskedFor() {
        ContentHeadStart headStart = ContentHeadStart.begin(Optional.empty(), folder -> {
            throw new IllegalStateException("the bundled content is missing");
        });

        assertThatThrownBy(() -> headStart.contentFor(Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the bundled content is missing");
    }
}
