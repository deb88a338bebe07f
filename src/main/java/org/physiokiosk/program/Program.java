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

    public Program withTitle(String newTitle) {
        return new Program(id, revision, newTitle, patient, therapist, date, reviewDate, instructions, language, items);
    }

    /** Empty or blank removes the name. */
    public Program withPatient(Optional<String> newPatient) {
        return new Program(id, revision, title, newPatient, therapist, date, reviewDate, instructions, language, items);
    }

    public Program withTherapist(String newTherapist) {
        return new Program(id, revision, title, patient, newTherapist, date, reviewDate, instructions, language, items);
    }

    /** Throws when a review date is before {@code newDate}; callers that take typed dates check first. */
    public Program withDate(LocalDate newDate) {
        return new Program(id, revision, title, patient, therapist, newDate, reviewDate, instructions, language, items);
    }

    public Program withReviewDate(Optional<LocalDate> newReviewDate) {
        return new Program(id, revision, title, patient, therapist, date, newReviewDate, instructions, language, items);
    }

    public Program withInstructions(String newInstructions) {
        return new Program(id, revision, title, patient, therapist, date, reviewDate, newInstructions, language, items);
    }

    /** The handout's language. */
    public Program withLanguage(String newLanguage) {
        return new Program(id, revision, title, patient, therapist, date, reviewDate, instructions, newLanguage, items);
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

    /**
     * A new, unsaved program with these exercises and words, for another patient: no store key, no patient's
     * name and no review date, dated {@code newDate}.
     */
    public Program asNewCopy(String newTitle, LocalDate newDate) {
        return new Program(
                Optional.empty(),
                0,
                newTitle,
                Optional.empty(),
                therapist,
                newDate,
                Optional.empty(),
                instructions,
                language,
                items);
    }
}
