package org.physiokiosk.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One patient's home program as a therapist built it. {@code patient} is optional and private: it may be
 * printed on the handout the therapist gives the patient, but never goes into file names, PDF metadata,
 * logs or any kiosk screen. {@code id} is the store's key (empty until first saved); {@code revision}
 * counts saves, so two desks editing the same program notice each other.
 */
public record Program(
        Optional<String> id,
        long revision,
        String title,
        Optional<String> patient,
        String therapist,
        LocalDate date,
        Optional<LocalDate> reviewDate,
        String instructions,
        String language,
        List<ProgramItem> items) {

    public Program {
        items = List.copyOf(items);
        title = title.strip();
        patient = patient.map(String::strip).filter(name -> !name.isEmpty());
        therapist = therapist.strip();
        instructions = instructions.strip();
        if (revision < 0) {
            throw new IllegalArgumentException("revision " + revision + " is negative");
        }
        reviewDate.ifPresent(review -> {
            if (review.isBefore(date)) {
                throw new IllegalArgumentException("review date " + review + " is before the program's date " + date);
            }
        });
    }

    public static Program empty(LocalDate today, String language) {
        return new Program(
                Optional.empty(), 0, "", Optional.empty(), "", today, Optional.empty(), "", language, List.of());
    }

    public Program withItems(List<ProgramItem> newItems) {
        return new Program(id, revision, title, patient, therapist, date, reviewDate, instructions, language, newItems);
    }

    public Program withStoreKey(String newId, long newRevision) {
        return new Program(
                Optional.of(newId),
                newRevision,
                title,
                patient,
                therapist,
                date,
                reviewDate,
                instructions,
                language,
                items);
    }
}
