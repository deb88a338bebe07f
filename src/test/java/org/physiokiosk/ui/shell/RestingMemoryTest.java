package org.physiokiosk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

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

    @Test
    void atRestTheHeapKeepsLessFreeThanWhilePatientsUseIt() {
        assumeThat(hotSpot.getVMOption("MaxHeapFreeRatio").getOrigin())
                .isIn(VMOption.Origin.DEFAULT, VMOption.Origin.MANAGEMENT);
        assumeThat(ManagementFactory.getGarbageCollectorMXBeans().get(0).getName())
                .isIn("G1 Young Generation", "Copy"); // the collectors that shrink after a full collection
        // Enough live data that a third free and a tenth free differ by several of G1's regions (1 to 4 MB here)
        byte[][] live = new byte[64][];
        for (int i = 0; i < live.length; i++) {
            live[i] = new byte[1 << 20];
        }
        hotSpot.setVMOption("MinHeapFreeRatio", Integer.toString(RestingMemory.MIN_FREE_PERCENT));
        hotSpot.setVMOption("MaxHeapFreeRatio", Integer.toString(RestingMemory.MAX_FREE_PERCENT));
        growAndCollect();
        long whileInUse = committedHeap();

        growAndCollect();
        RestingMemory.giveBack();

        assertThat(live[live.length - 1]).hasSize(1 << 20); // reachable through the collections
        assertThat(committedHeap()).isLessThan(whileInUse - (8L << 20));
        assertThat(hotSpot.getVMOption("MaxHeapFreeRatio").getValue())
                .as("the usual room again for the next patient")
                .isEqualTo(Integer.toString(RestingMemory.MAX_FREE_PERCENT));
    }

    private static void growAndCollect() {
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[1 << 20];
            garbage[i] = 1;
        }
        System.gc();
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }
}
