package org.physiokiosk.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.physiokiosk.content.LoadResult;

/**
 * Reads the content on its own thread from before JavaFX starts, so that it is in by the time the window is up.
 *
 * <p>Why: on a cold start the toolkit's own start-up (about 350 ms on a 2-core PC) keeps one core busy while the
 * other waits, and the content (about 250 ms) was read only after the window was shown, so the start screen came
 * a quarter of a second after its window with the FX thread idle in between (docs/benchmarks.md, "Start-up, fourth
 * pass"). Reading it from the first moment overlaps the two.
 *
 * <p>The result is used only for the content folder it was started with: the clinic's set-up on a first start may
 * write a settings file naming another folder, and then the content is read again for that one.
 */
final class ContentHeadStart {

    private final Optional<Path> contentFolder;
    private final Function<Optional<Path>, LoadResult> load;
    private final FutureTask<LoadResult> early;

    private ContentHeadStart(Optional<Path> contentFolder, Function<Optional<Path>, LoadResult> load) {
        this.contentFolder = contentFolder;
        this.load = load;
        this.early = new FutureTask<>(() -> load.apply(contentFolder));
    }

    /** Starts reading the content of {@code contentFolder} (with the bundled content) on a daemon thread. */
    static ContentHeadStart begin(Optional<Path> contentFolder, Function<Optional<Path>, LoadResult> load) {
        ContentHeadStart headStart = new ContentHeadStart(contentFolder, load);
        Thread thread = new Thread(headStart.early, "physiokiosk-content-head-start");
        thread.setDaemon(true); // a start that fails before the window must not be kept alive by this thread
        thread.start();
        return headStart;
    }

    /**
     * The content for {@code folder}: the early read when it was for the same folder (waiting for it if it is not
     * done yet), otherwise a new read on the calling thread. A failure of the early read is thrown here, as it
     * would have been by a read on this thread.
     */
    LoadResult contentFor(Optional<Path> folder) {
        if (!Objects.equals(absolute(folder), absolute(contentFolder))) {
            return load.apply(folder);
        }
        try {
            return early.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the content", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The command line hands JavaFX the folder as an absolute path; the head start may have had it relative. */
    private static Optional<Path> absolute(Optional<Path> folder) {
        return folder.map(path -> path.toAbsolutePath().normalize());
    }
}
