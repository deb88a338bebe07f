package org.physiokiosk.content;

import java.util.List;

/**
 * The catalog that loaded, and the problems met on the way (sorted by file and position). A file shows at
 * most {@link ContentLoader#MAX_PROBLEMS_PER_FILE} problems and one line counting the rest; the counts here
 * include the rest.
 */
public record LoadResult(Catalog catalog, List<ContentProblem> problems, long omittedErrors, long omittedWarnings) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public LoadResult(Catalog catalog, List<ContentProblem> problems) {
        this(catalog, problems, 0, 0);
    }

    /** Every error found, also those not listed in {@link #problems()}. */
    public long errorCount() {
        return problems.stream().filter(ContentProblem::isError).count() + omittedErrors;
    }

    /** Every warning found, also those not listed in {@link #problems()}. */
    public long warningCount() {
        return problems.stream().filter(p -> !p.isError()).count() + omittedWarnings;
    }
}
