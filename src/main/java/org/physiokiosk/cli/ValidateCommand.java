package org.physiokiosk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.physiokiosk.content.ContentProblem;
import org.physiokiosk.content.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks the bundled content (and a clinic folder) and prints one line per problem. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check the content files. One line per problem (path:line:column: error|warning: message),"
                + " then a summary. Exit code 0: no errors; 1: errors; 2: bad usage.")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentFolderOption content;

    @Override
    public Integer call() {
        LoadResult result = content.load();
        PrintWriter out = spec.commandLine().getOut();
        for (ContentProblem problem : result.problems()) {
            out.println(problem.format());
        }
        var catalog = result.catalog();
        out.printf(
                "%d error(s), %d warning(s); loaded %d exercises, %d conditions, %d templates, %d red flags, %d poses, %d sources%n",
                result.errorCount(),
                result.warningCount(),
                catalog.exercises().size(),
                catalog.conditions().size(),
                catalog.templates().size(),
                catalog.redFlags().size(),
                catalog.poses().size(),
                catalog.sources().size());
        out.flush();
        return result.errorCount() == 0 ? 0 : 1;
    }
}
