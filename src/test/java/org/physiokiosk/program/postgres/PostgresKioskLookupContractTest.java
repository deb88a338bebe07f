package org.physiokiosk.program.postgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.physiokiosk.program.CodePolicy;
import org.physiokiosk.program.KioskLookupContract;
import org.physiokiosk.program.ProgramCodes;
import org.physiokiosk.program.ProgramLookup;
import org.physiokiosk.program.ProgramStore;

/**
 * The kiosk's code contract against a real PostgreSQL (embedded, as the other store tests): desks save and
 * issue as the desk role, the kiosk asks as the kiosk role, which can only call the lookup function.
 */
class PostgresKioskLookupContractTest extends KioskLookupContract {

    private static TestDatabase database;
    private static Stores stores;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.start();
        PostgresProgramStore desk = new PostgresProgramStore(database.desk(), CodePolicy.DEFAULT);
        PostgresProgramStore kiosk = new PostgresProgramStore(database.kiosk(), CodePolicy.DEFAULT);
        stores = new Stores() {
            @Override
            public ProgramStore desk() {
                return desk;
            }

            @Override
            public ProgramCodes codes() {
                return desk;
            }

            @Override
            public ProgramLookup kiosk() {
                return kiosk;
            }
        };
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Override
    protected Stores stores() {
        return stores;
    }
}
