package org.physiokiosk.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.physiokiosk.handout.UnprintableCharacters.Field;
import org.physiokiosk.handout.UnprintableCharacters.Finding;
import org.physiokiosk.program.Program;
import org.physiokiosk.program.ProgramItem;

class UnprintableCharactersTest {

    @Test
    void aPlainProgramAndNamesInEveryBundledScriptPrint() {
        assertThat(UnprintableCharacters.in(HandoutFixtures.program(3, "nl"))).isEmpty();
        Program names = program(
                "Oefeningen voor İbrahim ⚠ →",
                "Олена Шевченко",
                "محمد العلي",
                "Nguyễn Thị Ánh · Ελένη · 李小龍",
                List.of("Rustig aan ✓", "e\u0301e\u0301n keer"));
        assertThat(UnprintableCharacters.in(names)).isEmpty();
    }

    @Test
    void saysWhichCharactersOfWhichFieldWillNotPrint() {
        Program program = program(
                "Thuis 💪 oefenen 💪",
                "Marieke",
                "Neem water mee 🚰",
                "Sanne",
                List.of("Goed zo", "Rustig 😀 aan 😀 🙂"));
        assertThat(UnprintableCharacters.in(program))
                .containsExactly(
                        new Finding(Field.TITLE, 0, "💪"),
                        new Finding(Field.INSTRUCTIONS, 0, "🚰"),
                        new Finding(Field.NOTE, 2, "😀 🙂"));
    }

    @Test
    void anEmojiWithModifiersIsOneSquareAsItPrints() {
        // Skin tone and variation selector print as nothing (TextWrap.printable); the hand prints as a square.
        Program program = program("", "Jan", "", "", List.of("👍🏽 en ❤️"));
        assertThat(UnprintableCharacters.in(program)).containsExactly(new Finding(Field.NOTE, 1, "👍"));
    }

    @Test
    void thePatientsNameIsChecked() {
        Program program = program("", "Anna 🌸", "", "", List.of(""));
        assertThat(UnprintableCharacters.in(program)).containsExactly(new Finding(Field.PATIENT, 0, "🌸"));
    }

    private static Program program(
            String title, String patient, String instructions, String therapist, List<String> notes) {
        Program base = HandoutFixtures.program(notes.size(), "nl");
        List<ProgramItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            ProgramItem item = base.items().get(i);
            items.add(new ProgramItem(item.exercise(), item.dose(), item.daysPerWeek(), notes.get(i)));
        }
        return new Program(
                Optional.empty(),
                0,
                title,
                Optional.of(patient),
                therapist,
                base.date(),
                Optional.empty(),
                instructions,
                "nl",
                items);
    }
}
