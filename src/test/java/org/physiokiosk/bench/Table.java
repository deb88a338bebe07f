package org.physiokiosk.bench;

import java.io.PrintStream;
import java.util.List;

/** Prints the suite's one table as Markdown, so it can be pasted into docs/benchmarks.md as it is. */
final class Table {

    private Table() {}

    static void print(List<Row> rows, PrintStream out) {
        out.println();
        out.println("| what | measured against (same run) | median (min–max) | target | |");
        out.println("|---|---|---|---|---|");
        for (Row row : rows) {
            out.println("| " + row.what() + " | " + row.baseline() + " | " + row.figure() + " | " + row.target() + " | "
                    + row.verdict() + " |");
        }
        rows.stream()
                .filter(row -> !row.note().isEmpty())
                .forEach(row -> out.println("- " + row.what() + ": " + row.note()));
    }
}
