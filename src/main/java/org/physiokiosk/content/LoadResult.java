package org.physiokiosk.content;

import java.util.List;

/** The catalog that loaded, and every problem met on the way (sorted by file and position). */
public record LoadResult(Catalog catalog, List<ContentProblem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public long errorCount() {
        return problems.stream().filter(ContentProblem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
