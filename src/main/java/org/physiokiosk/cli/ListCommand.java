package org.physiokiosk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.physiokiosk.content.Catalog;
import org.physiokiosk.content.Dose;
import org.physiokiosk.content.JsonName;
import org.physiokiosk.content.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the catalog: a readable overview, or with {@code --json} the stable JSON other tools read. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the exercises, conditions, templates and sources that load."
                + " Content problems go to standard error; run 'validate' for details.")
public final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object (format: docs/list-json.md).")
    boolean json;

    @Mixin
    ContentFolderOption content;

    @Override
    public Integer call() throws Exception {
        LoadResult result = content.load();
        if (result.errorCount() > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%d content error(s): the items concerned are left out (see 'validate')%n",
                            result.errorCount());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(new CatalogJson(mapper).of(result.catalog())));
        } else {
            printOverview(result.catalog(), out);
        }
        out.flush();
        return 0;
    }

    private static String marked(Dose dose, String field, Object value) {
        return value + (dose.isDefault(field) ? "*" : "");
    }

    private static void printOverview(Catalog catalog, PrintWriter out) {
        out.println("Conditions:");
        catalog.conditions()
                .values()
                .forEach(c -> out.printf(
                        "  %-24s %s (%d exercises, %d red flags)%n",
                        c.id(),
                        c.title().in("en"),
                        c.exercises().size(),
                        c.redFlags().size()));
        out.println("Exercises:");
        catalog.exercises().values().forEach(e -> {
            Dose d = e.dose();
            out.printf(
                    "  %-36s %-11s reps %s x %s sets, hold %s s, side %s, %s/day  [%s]%n",
                    e.id(),
                    JsonName.of(e.category()),
                    marked(d, Dose.REPS, d.reps()),
                    marked(d, Dose.SETS, d.sets()),
                    marked(d, Dose.HOLD_SECONDS, d.holdSeconds()),
                    marked(d, Dose.SIDE, JsonName.of(d.side())),
                    marked(d, Dose.TIMES_PER_DAY, d.timesPerDay()),
                    String.join(", ", e.sources()));
        });
        out.println("  (* our conservative default; the source gives no value)");
        out.println("Templates:");
        catalog.templates()
                .values()
                .forEach(t -> out.printf(
                        "  %-36s %s (%d exercises)%n",
                        t.id(), t.title().in("en"), t.items().size()));
        out.println("Sources:");
        catalog.sources().values().forEach(s -> out.printf("  %-36s %s%n", s.id(), s.title()));
    }
}
