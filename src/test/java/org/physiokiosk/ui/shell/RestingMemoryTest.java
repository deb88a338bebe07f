package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class RestingMemoryTest {

    private final HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void givingBackLowersTheHeapFreeRatiosSoTheHeapShrinksAfterTheCollection() {
        VMOption max = hotSpot.getVMOption("MaxHeapFreeRatio");
        boolean leftAlone = max.getOrigin() == VMOption.Origin.DEFAULT
                || max.getOrigin() == VMOption.Origin.MANAGEMENT; // an earlier test in this JVM gave back already

        RestingMemory.giveBack();

        if (leftAlone) {
            assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue())
                    .isEqualTo(Integer.toString(RestingMemory.MAX_FREE_PERCENT));
            assertThat(hotSpot.getVMOption("MinHeapFreeRatio").getValue())
                    .isEqualTo(Integer.toString(RestingMemory.MIN_FREE_PERCENT));
        } else { // set on the command line: the user's choice stays
            assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max.getValue());
        }
    }
}
