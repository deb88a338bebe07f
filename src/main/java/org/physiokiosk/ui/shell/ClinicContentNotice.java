package org.physiokiosk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.physiokiosk.content.ContentProblem;
import org.physiokiosk.content.ContentRoot;
import org.physiokiosk.content.LoadResult;
import org.physiokiosk.ui.i18n.Messages;

/**
 * What staff are told when the clinic's own content folder is missing or partly unreadable: the kiosk then
 * runs on the bundled content (the loader falls back by itself), and only therapist mode says so. Patients
 * never see it: a waiting room needs working exercises, not a file problem.
 */
final class ClinicContentNotice {

    private ClinicContentNotice() {}

    static Optional<String> of(LoadResult result, Optional<Path> clinicFolder, Messages messages) {
        if (clinicFolder.isEmpty()) {
            return Optional.empty();
        }
        String prefix = ContentRoot.clinic(clinicFolder.get()).displayPrefix();
        List<ContentProblem> errors = result.problems().stream()
                .filter(problem -> problem.isError() && problem.file().startsWith(prefix))
                .toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        ContentProblem first = errors.get(0);
        if (first.file().equals(prefix)) { // the folder itself: not there, or not readable
            return Optional.of(messages.format("therapist.content.unreadable", prefix + " (" + first.message() + ")"));
        }
        return Optional.of(messages.format("therapist.content.someUnreadable", errors.size(), first.format()));
    }
}
