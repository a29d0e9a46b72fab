package org.appraise.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Agreement between two raters over the same items: the number of items both rated, the share they agreed on,
 * and Cohen's kappa (chance-corrected), plain for nominal categories or with linear weights for ordered ones
 * (risk-of-bias levels). Kappa is empty when it is undefined (both raters used one and the same category
 * throughout, so agreement expected by chance is 1).
 */
public record Agreement(int items, int agreed, double percent, Optional<Double> kappa) {

    /** Cohen's kappa for nominal categories; {@code first.get(i)} and {@code second.get(i)} rate the same item. */
    public static Agreement cohen(List<String> first, List<String> second) {
        return of(first, second, categories(first, second), false);
    }

    /** Kappa with linear weights 1 - |i - j| / (k - 1) over categories in their order. */
    public static Agreement weighted(List<String> first, List<String> second, List<String> order) {
        return of(first, second, order, true);
    }

    private static Agreement of(List<String> first, List<String> second, List<String> categories, boolean weighted) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("Both raters must rate the same items (" + first.size() + " vs " + second.size() + ")");
        }
        int n = first.size();
        int k = categories.size();
        if (n == 0) {
            return new Agreement(0, 0, 0, Optional.empty());
        }
        double[][] table = new double[k][k];
        int agreed = 0;
        for (int i = 0; i < n; i++) {
            int a = categories.indexOf(first.get(i));
            int b = categories.indexOf(second.get(i));
            if (a < 0 || b < 0) {
                throw new IllegalArgumentException("Rating '" + (a < 0 ? first.get(i) : second.get(i)) + "' is not one of " + categories);
            }
            table[a][b] += 1.0 / n;
            if (a == b) {
                agreed++;
            }
        }
        double[] rows = new double[k];
        double[] columns = new double[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += table[i][j];
                columns[j] += table[i][j];
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = weighted ? (k == 1 ? 1 : 1 - Math.abs(i - j) / (double) (k - 1)) : (i == j ? 1 : 0);
                observed += weight * table[i][j];
                expected += weight * rows[i] * columns[j];
            }
        }
        Optional<Double> kappa = Math.abs(1 - expected) < 1e-12 ? Optional.empty()
                : Optional.of((observed - expected) / (1 - expected));
        return new Agreement(n, agreed, agreed / (double) n, kappa);
    }

    private static List<String> categories(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>();
        for (List<String> ratings : List.of(first, second)) {
            for (String rating : ratings) {
                if (!all.contains(rating)) {
                    all.add(rating);
                }
            }
        }
        return all;
    }
}
