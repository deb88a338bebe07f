package org.physiokiosk.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Copies every program and its code from one store to another (files to the clinic's database, or one
 * folder to another) without losing anything, and can be run again: a program already there unchanged is
 * skipped, a newer revision replaces an older one, and a target whose program is as new or newer but
 * different is left alone and reported. Ids and codes stay the same, so printed handouts keep working.
 */
public final class ProgramCopy {

    /** What one run did, program by program (ids only: never titles or names, this goes to a terminal or log). */
    public record Report(
            List<String> copied,
            List<String> updated,
            List<String> skipped,
            List<String> leftAlone,
            int codesCopied,
            List<String> problems) {
        public Report {
            copied = List.copyOf(copied);
            updated = List.copyOf(updated);
            skipped = List.copyOf(skipped);
            leftAlone = List.copyOf(leftAlone);
            problems = List.copyOf(problems);
        }

        /** Nothing was left behind: every program is in the target as it is in the source. */
        public boolean complete() {
            return leftAlone.isEmpty() && problems.isEmpty();
        }
    }

    private final ProgramStore from;
    private final ProgramCodes fromCodes;
    private final ProgramStore to;
    private final ProgramCodes toCodes;

    public ProgramCopy(ProgramStore from, ProgramCodes fromCodes, ProgramStore to, ProgramCodes toCodes) {
        this.from = from;
        this.fromCodes = fromCodes;
        this.to = to;
        this.toCodes = toCodes;
    }

    public Report run() throws ProgramStoreException {
        List<String> copied = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int codes = 0;
        ProgramStore.Listing listing = from.list();
        problems.addAll(listing.problems().stream().map(p -> "not read: " + p).toList());
        for (ProgramStore.Summary summary : listing.programs()) {
            String id = summary.id();
            try {
                Optional<Program> source = from.load(id);
                if (source.isEmpty()) {
                    continue; // deleted while we ran
                }
                Program program = source.get();
                Optional<Program> target = to.load(id);
                if (target.isEmpty()) {
                    // Saving "as opened at revision r-1" stores revision r: the copy keeps the source's revision.
                    to.save(program.withStoreKey(id, program.revision() - 1));
                    copied.add(id);
                } else if (sameContent(program, target.get())) {
                    skipped.add(id);
                } else if (program.revision() > target.get().revision()) {
                    to.save(program.withStoreKey(id, target.get().revision()));
                    updated.add(id);
                } else {
                    leftAlone.add(id + ": the target's revision " + target.get().revision()
                            + " differs and is not older than " + program.revision());
                    continue;
                }
                if (copyCode(id, leftAlone)) {
                    codes++;
                }
            } catch (ProgramStoreException e) {
                problems.add(id + ": " + e.getMessage());
            }
        }
        return new Report(copied, updated, skipped, leftAlone, codes, problems);
    }

    private boolean copyCode(String id, List<String> leftAlone) throws ProgramStoreException {
        Optional<IssuedCode> code = fromCodes.currentCode(id);
        if (code.isEmpty()) {
            return false;
        }
        Optional<IssuedCode> there = toCodes.currentCode(id);
        if (there.isPresent()) {
            if (!there.get().code().equals(code.get().code())) {
                leftAlone.add(id + ": has another code in the target; its code "
                        + code.get().code() + " was not copied");
            }
            return false;
        }
        if (!toCodes.adoptCode(code.get())) {
            leftAlone.add(id + ": its code " + code.get().code() + " is taken in the target");
            return false;
        }
        return true;
    }

    private static boolean sameContent(Program a, Program b) {
        return a.withStoreKey(a.id().orElseThrow(), 0).equals(b.withStoreKey(a.id().orElseThrow(), 0));
    }
}
