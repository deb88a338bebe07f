package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.ProgramCode;
import org.physiokiosk.program.ProgramStoreException;
import org.physiokiosk.program.postgres.ConfiguredStore;

class ClinicProgramsTest {

    @TempDir
    Path data;

    @Test
    void aStoreThatIsDownAtStartIsTriedAgainOnTheNextUse() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        ClinicPrograms programs = new ClinicPrograms(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new ProgramStoreException("the database cannot be reached");
            }
            return ConfiguredStore.open(data.toString(), Optional.empty(), CodePolicy.DEFAULT);
        });
        assertThat(programs.warmUp()).isFalse();
        assertThat(programs.byCode(new ProgramCode("K7QM4XPR"), LocalDate.now()))
                .isEmpty();
        assertThat(programs.list().programs()).isEmpty();
        assertThat(tries).as("opened once it worked, then kept").hasValue(2);
        programs.close();
        assertThatThrownBy(programs::list).isInstanceOf(ProgramStoreException.class);
    }
}
