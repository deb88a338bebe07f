package org.physiokiosk.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A therapist's program as this kiosk can play it, numbered as the patient's paper numbers it. An exercise the
 * kiosk does not hold (a clinic exercise removed since, a desk with newer content) keeps its line and number,
 * shown as missing, and is skipped when played: the patient who reads "3." on the paper finds "3." on the
 * screen, and sees that one exercise is not here instead of wondering where it went (hostile walk F16).
 */
public record PaperProgram(List<Line> lines) {

    /** One numbered line of the paper; empty when this kiosk does not hold the exercise. */
    public record Line(int number, Optional<PlannedExercise> exercise) {
        public boolean missing() {
            return exercise.isEmpty();
        }
    }

    public PaperProgram {
        lines = List.copyOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() != i + 1) {
                throw new IllegalArgumentException(
                        "line " + i + " is numbered " + lines.get(i).number());
            }
        }
    }

    /** A plan with nothing missing, numbered 1 to n. */
    public static PaperProgram of(List<PlannedExercise> plan) {
        List<Line> lines = new ArrayList<>();
        for (PlannedExercise planned : plan) {
            lines.add(new Line(lines.size() + 1, Optional.of(planned)));
        }
        return new PaperProgram(lines);
    }

    /** The exercises this kiosk plays, in the paper's order. */
    public List<PlannedExercise> playable() {
        return lines.stream().flatMap(line -> line.exercise().stream()).toList();
    }

    /** How many of the paper's exercises this kiosk does not hold. */
    public long missingCount() {
        return lines.stream().filter(Line::missing).count();
    }

    /**
     * The run of the playable exercises from {@code startAt} (an index into {@link #playable()}), each waiting at
     * its cautions (decision 0027) and numbered as on the paper.
     */
    public PlayerRun run(int startAt) {
        List<Integer> numbers =
                lines.stream().filter(line -> !line.missing()).map(Line::number).toList();
        return PlayerRun.withCautions(playable(), startAt).numberedAs(numbers, lines.size());
    }
}
