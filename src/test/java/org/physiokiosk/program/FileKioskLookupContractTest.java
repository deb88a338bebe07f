package org.physiokiosk.program;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's code contract against the single-PC store: program files and program-codes.json. */
class FileKioskLookupContractTest extends KioskLookupContract {

    @TempDir
    Path data;

    @Override
    protected Stores stores() {
        FileProgramStore programs = new FileProgramStore(data.resolve("programs"));
        FileCodeIndex codes = new FileCodeIndex(data.resolve(FileCodeIndex.FILE_NAME), programs, CodePolicy.DEFAULT);
        return new Stores() {
            @Override
            public ProgramStore desk() {
                return programs;
            }

            @Override
            public ProgramCodes codes() {
                return codes;
            }

            @Override
            public ProgramLookup kiosk() {
                return codes;
            }
        };
    }
}
