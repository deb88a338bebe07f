package org.physiokiosk.content;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a loader makes of many mutated clinic folders ({@link MutatedContent}), as text: for each folder every
 * problem line ({@code file:line:column: severity: message}, in the loader's order), the counts of problems left
 * out, and the ids of every kind the catalog holds. Two loaders agree when their texts are equal.
 *
 * <p>Run with the old loader's classes first on the class path, then the new one's, and compare the two files:
 * {@code java -cp target/test-classes:OLD_CLASSES:DEPS org.physiokiosk.content.LoaderDifferential content 500 7 out.txt}
 * (docs/benchmarks.md, "Content loader, fourth pass"). {@link LoaderDifferentialTest} does the same in every build
 * against the report the loader of 2026-11-30 (78d2164) wrote for the test fixture.
 */
public final class LoaderDifferential {

    private LoaderDifferential() {}

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        String report = report(source, Integer.parseInt(args[1]), Long.parseLong(args[2]));
        Files.writeString(Path.of(args[3]), report, StandardCharsets.UTF_8);
        System.out.println(report.lines().count() + " lines written to " + args[3]);
    }

    /** The report of {@code count} folders of {@code seed}, each loaded over {@code source} as the bundled folder. */
    static String report(Path source, int count, long seed) throws IOException {
        MutatedContent mutated = new MutatedContent(source);
        ContentRoot base = new ContentRoot(ContentRoot.Origin.BUNDLED, source, "base/");
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Path work = Files.createTempDirectory("pk-differential");
        try {
            for (int i = 0; i < count; i++) {
                Path clinic = work.resolve("clinic-" + i);
                Files.createDirectories(clinic);
                mutated.write(seed, i, clinic);
                LoadResult result = new ContentLoader()
                        .load(List.of(base, new ContentRoot(ContentRoot.Origin.CLINIC, clinic, "clinic/")));
                out.println("# folder " + i);
                result.problems().forEach(problem -> out.println(problem.format()));
                out.println("omitted " + result.omittedErrors() + " errors, " + result.omittedWarnings() + " warnings");
                Catalog catalog = result.catalog();
                ids(out, "exercises", catalog.exercises());
                ids(out, "conditions", catalog.conditions());
                ids(out, "templates", catalog.templates());
                ids(out, "sources", catalog.sources());
                ids(out, "redFlags", catalog.redFlags());
                ids(out, "advice", catalog.advice());
                ids(out, "poses", catalog.poses());
                out.println("disclaimer " + catalog.disclaimer().isPresent());
                MutatedContent.delete(clinic);
            }
        } finally {
            MutatedContent.delete(work);
        }
        out.flush();
        return text.toString();
    }

    private static void ids(PrintWriter out, String kind, Map<String, ?> items) {
        out.println(kind + " " + String.join(",", items.keySet()));
    }
}
