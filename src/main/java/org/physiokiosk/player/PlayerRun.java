package org.physiokiosk.player;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.physiokiosk.content.LocalizedText;

/**
 * What the player is to play: the exercises, the one to begin with (a run stopped earlier goes on where it was
 * stopped), and before which exercises it waits at their cautions (docs/decisions/0027).
 *
 * @param cautions      per exercise of {@code plan}, the cautions to read before it starts; empty: no gate, the
 *                      usual get-ready countdown
 * @param numbers       per exercise of {@code plan}, its 1-based number as the patient's paper prints it: a
 *                      program's exercise this kiosk does not hold keeps its number and is skipped (hostile walk
 *                      F16), so "Oefening 3 van 3" on the kiosk is "3." on the paper
 * @param numberedCount how many exercises the paper numbers (at least the plan's length)
 */
public record PlayerRun(
        List<PlannedExercise> plan,
        int startAt,
        List<List<LocalizedText>> cautions,
        List<Integer> numbers,
        int numberedCount) {

    public PlayerRun {
        plan = List.copyOf(plan);
        cautions = cautions.stream().map(List::copyOf).toList();
        numbers = List.copyOf(numbers);
        if (plan.isEmpty()) {
            throw new IllegalArgumentException("nothing to play");
        }
        if (startAt < 0 || startAt >= plan.size()) {
            throw new IllegalArgumentException("no exercise " + startAt + " in a plan of " + plan.size());
        }
        if (cautions.size() != plan.size()) {
            throw new IllegalArgumentException("one list of cautions per exercise");
        }
        if (numbers.size() != plan.size()) {
            throw new IllegalArgumentException("one number per exercise");
        }
        for (int i = 0; i < numbers.size(); i++) {
            int previous = i == 0 ? 0 : numbers.get(i - 1);
            if (numbers.get(i) <= previous || numbers.get(i) > numberedCount) {
                throw new IllegalArgumentException("numbers " + numbers + " do not rise within 1–" + numberedCount);
            }
        }
    }

    /** Numbered 1 to n, as a plan without gaps (an exercise page, "do them all"). */
    public PlayerRun(List<PlannedExercise> plan, int startAt, List<List<LocalizedText>> cautions) {
        this(plan, startAt, cautions, countingFromOne(plan.size()), plan.size());
    }

    /** This run, numbered as a paper that numbers {@code numberedCount} exercises numbers these. */
    public PlayerRun numberedAs(List<Integer> paperNumbers, int paperCount) {
        return new PlayerRun(plan, startAt, cautions, paperNumbers, paperCount);
    }

    /** The 1-based number exercise {@code index} of the plan has on the patient's paper. */
    public int numberOf(int index) {
        return numbers.get(index);
    }

    private static List<Integer> countingFromOne(int size) {
        return IntStream.rangeClosed(1, size).boxed().toList();
    }

    /**
     * The exercise page's player: its cautions were on that page before Start opened (decision 0021), so no
     * gate.
     */
    public static PlayerRun cautionsSeen(List<PlannedExercise> plan) {
        return new PlayerRun(
                plan, 0, plan.stream().map(p -> List.<LocalizedText>of()).toList());
    }

    /**
     * A run of exercises no page has shown ("do them all", a therapist's program), from {@code startAt}: the
     * first exercise played waits at all of its cautions; each later one at the cautions it does not share with
     * every exercise of the plan (a caution every exercise carries, such as "exercise must not make the pain
     * worse", is read once, at the first), and not at all when it has none of its own.
     */
    public static PlayerRun withCautions(List<PlannedExercise> plan, int startAt) {
        List<LocalizedText> shared = new ArrayList<>(plan.get(0).exercise().cautions());
        plan.forEach(planned -> shared.retainAll(planned.exercise().cautions()));
        List<List<LocalizedText>> cautions = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            List<LocalizedText> own = new ArrayList<>(plan.get(i).exercise().cautions());
            if (i != startAt) {
                own.removeAll(shared);
            }
            cautions.add(i < startAt ? List.of() : own);
        }
        return new PlayerRun(plan, startAt, cautions);
    }

    /** The cautions to read before exercise {@code index} starts; empty when it starts without waiting. */
    public List<LocalizedText> cautionsBefore(int index) {
        return cautions.get(index);
    }
}
