package org.physiokiosk.content;

import java.util.List;
import java.util.Set;

/** An exercise as the content files describe it. */
public record Exercise(
        String id,
        LocalizedText title,
        LocalizedText summary,
        Set<Region> regions,
        Category category,
        StartPosition startPosition,
        Set<Equipment> equipment,
        List<Step> steps,
        Dose dose,
        List<LocalizedText> cautions,
        List<LocalizedText> progression,
        List<String> variants,
        List<String> sources) {

    public Exercise {
        regions = Set.copyOf(regions);
        equipment = Set.copyOf(equipment);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        progression = List.copyOf(progression);
        variants = List.copyOf(variants);
        sources = List.copyOf(sources);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("exercise " + id + " has no steps");
        }
    }

    /** The steps that bring the patient into the start position, done once. */
    public List<Step> setupSteps() {
        return steps.stream().filter(Step::setup).toList();
    }

    /** The steps done with every repetition. */
    public List<Step> repeatedSteps() {
        return steps.stream().filter(step -> !step.setup()).toList();
    }
}
