package org.physiokiosk.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and ratios of per-round samples. */
final class Stats {

    private Stats() {}

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Per-round ratios a[i] / b[i], rounds where either side failed (NaN) left out. */
    static double[] ratios(List<Double> a, List<Double> b) {
        int n = Math.min(a.size(), b.size());
        double[] out = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double r = a.get(i) / b.get(i);
            if (Double.isFinite(r)) {
                out[k++] = r;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
