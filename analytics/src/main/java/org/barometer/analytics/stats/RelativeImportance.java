package org.barometer.analytics.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which questions move an outcome: the exact LMG (Shapley) decomposition of the R² of the linear
 * regression of the outcome on the questions, with a bootstrap interval for each share.
 *
 * <p>Formula, for {@code p} questions and an outcome {@code y = Σ aⱼ·xⱼ} (the well-being index is
 * such a combination):
 * <pre>
 *   R²(S)  = Σ_yS · Σ_SS⁻¹ · Σ_Sy / σ²_y                   for every subset S of the questions (2^p)
 *   LMGⱼ   = Σ_{S ∌ j} |S|!·(p − |S| − 1)!/p! · (R²(S ∪ {j}) − R²(S))
 *   Σ LMGⱼ = R²(all)
 * </pre>
 * Symbols: {@code Σ} the covariance matrix of the questions ({@link CrossProducts}), {@code Σ_yS =
 * a'·Σ_·S}, {@code σ²_y = a'Σa}. As the index is an exact combination, {@code R²(all) = 1} and the
 * shares split the index's variance between the questions. The interval is a parametric bootstrap
 * on the covariance matrix: {@code B} draws of {@code (n − 1)·Σ* ~ Wishart(n − 1, Σ)} (Bartlett's
 * decomposition), the shares of each, and their 2.5 % and 97.5 % quantiles. It needs only the
 * covariance, so the cost does not grow with the answers; it assumes near-normal sums of answers,
 * which a group of at least {@code max(25, 10·p)} answers gives.
 *
 * <p>Special cases: a question without variance gets a share of 0 (its pivot vanishes in the
 * symmetric elimination, as with a generalised inverse); an outcome without variance gives all shares 0.
 *
 * <p>Reference: Lindeman, Merenda &amp; Gold (1980); Grömping (2006), relaimpo, JSS 17(1); the
 * shares equal R {@code relaimpo::calc.relimp(lm(y ~ .), type = "lmg")} and the direct sum over
 * subsets of {@code summary(lm(y ~ S))$r.squared} (analytics/src/test/r/reference-values.R).
 *
 * @param shares each question's share of R², in the questions' order
 * @param ci95   each share's bootstrap interval, or {@code null} when no bootstrap was asked
 * @param r2     R² of the full model
 * @param n      answers
 */
public record RelativeImportance(double[] shares, List<Interval> ci95, double r2, long n) {

    /**
     * @param answers    the group's sums of answers
     * @param outcome    the outcome's weights {@code a} on the questions
     * @param bootstrap  bootstrap draws {@code B}, 0 for none
     * @param seed       the draws' seed, so that a wave's figures stay the same at every read
     */
    public static RelativeImportance of(CrossProducts answers, double[] outcome, int bootstrap, long seed) {
        RealMatrix sigma = answers.covariance();
        double[] shares = shares(sigma, outcome);
        List<Interval> ci = null;
        if (bootstrap > 0) {
            double[][] draws = new double[bootstrap][];
            RandomGenerator random = new Well19937c(seed);
            double[][] l = cholesky(sigma).getData();
            for (int b = 0; b < bootstrap; b++) {
                draws[b] = shares(wishartDraw(l, answers.n() - 1, random), outcome);
            }
            ci = new ArrayList<>();
            for (int j = 0; j < shares.length; j++) {
                double[] column = new double[bootstrap];
                for (int b = 0; b < bootstrap; b++) {
                    column[b] = draws[b][j];
                }
                Arrays.sort(column);
                ci.add(new Interval(quantile(column, 0.025), quantile(column, 0.975)));
            }
        }
        return new RelativeImportance(shares, ci, Arrays.stream(shares).sum(), answers.n());
    }

    /** The LMG shares for one covariance matrix. */
    static double[] shares(RealMatrix sigma, double[] outcome) {
        int p = outcome.length;
        double[][] c = sigma.getData();
        double[] sigmaA = new double[p];
        double varY = 0;
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                sigmaA[i] += c[i][j] * outcome[j];
            }
            varY += outcome[i] * sigmaA[i];
        }
        double[] shares = new double[p];
        if (!(varY > 1e-12)) {
            return shares;
        }
        double[] r2 = new double[1 << p];
        explainAll(c, sigmaA, r2);
        for (int subset = 0; subset < r2.length; subset++) {
            r2[subset] = Math.min(1, Math.max(0, r2[subset] / varY));
        }
        double[] weight = new double[p];
        for (int size = 0; size < p; size++) {
            weight[size] = factorial(size) * factorial(p - size - 1) / factorial(p);
        }
        for (int j = 0; j < p; j++) {
            int bit = 1 << j;
            for (int subset = 0; subset < r2.length; subset++) {
                if ((subset & bit) == 0) {
                    shares[j] += weight[Integer.bitCount(subset)] * (r2[subset | bit] - r2[subset]);
                }
            }
        }
        return shares;
    }

    /**
     * {@code c_S' Σ_SS⁻ c_S} (the outcome variance the questions of S explain) for every subset, by
     * one elimination step per subset: walking the subsets depth first, adding questions in
     * increasing order, each child's value is its parent's plus {@code c_j²/a_jj} of the Schur
     * complement {@code a, c} left by the parent's questions. A pivot that vanishes (a question
     * without variance, or one the others determine) adds nothing, as a generalised inverse would.
     * The complements are kept one per depth, in arrays allocated once.
     */
    private static void explainAll(double[][] sigma, double[] c, double[] out) {
        int p = c.length;
        double[][][] a = new double[p + 1][p][p];
        double[][] rest = new double[p + 1][p];
        for (int u = 0; u < p; u++) {
            System.arraycopy(sigma[u], 0, a[0][u], 0, p);
        }
        System.arraycopy(c, 0, rest[0], 0, p);
        explain(sigma, a, rest, 0, 0, 0, out);
    }

    private static void explain(double[][] sigma, double[][][] a, double[][] rest, int depth, int subset, int next, double[] out) {
        int p = sigma.length;
        double[][] schur = a[depth];
        double[] r = rest[depth];
        for (int j = next; j < p; j++) {
            double d = schur[j][j];
            int child = subset | (1 << j);
            double[][] a2 = a[depth + 1];
            double[] c2 = rest[depth + 1];
            if (d <= 1e-10 * Math.max(sigma[j][j], 1e-300)) {
                out[child] = out[subset];
                for (int u = j + 1; u < p; u++) {
                    c2[u] = r[u];
                    System.arraycopy(schur[u], j + 1, a2[u], j + 1, p - j - 1);
                }
            } else {
                for (int u = j + 1; u < p; u++) {
                    double f = schur[u][j] / d;
                    c2[u] = r[u] - f * r[j];
                    for (int v = j + 1; v < p; v++) {
                        a2[u][v] = schur[u][v] - f * schur[j][v];
                    }
                }
                out[child] = out[subset] + r[j] * r[j] / d;
            }
            explain(sigma, a, rest, depth + 1, child, j + 1, out);
        }
    }

    /**
     * Σ* with (n − 1)·Σ* ~ Wishart(n − 1, Σ), by Bartlett's decomposition of a Cholesky factor. The
     * χ² draws of its diagonal use the Wilson–Hilferty cube of a normal, exact to a few parts per
     * thousand in the quantiles at the 24 and more degrees of freedom a group with drivers has.
     */
    private static RealMatrix wishartDraw(double[][] l, long df, RandomGenerator random) {
        int p = l.length;
        double[][] bartlett = new double[p][p];
        for (int i = 0; i < p; i++) {
            bartlett[i][i] = Math.sqrt(chiSquare(df - i, random));
            for (int j = 0; j < i; j++) {
                bartlett[i][j] = random.nextGaussian();
            }
        }
        double[][] la = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = j; k <= i; k++) {
                    sum += l[i][k] * bartlett[k][j];
                }
                la[i][j] = sum;
            }
        }
        double[][] draw = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k <= j; k++) {
                    sum += la[i][k] * la[j][k];
                }
                draw[i][j] = sum / df;
                draw[j][i] = sum / df;
            }
        }
        return MatrixUtils.createRealMatrix(draw);
    }

    private static double chiSquare(long df, RandomGenerator random) {
        if (df < 24) {
            return new ChiSquaredDistribution(random, df).sample();
        }
        double c = 2.0 / (9.0 * df);
        double cube = 1 - c + random.nextGaussian() * Math.sqrt(c);
        return df * cube * cube * cube;
    }

    /** A lower Cholesky factor, with a tiny ridge when a question has no variance. */
    private static RealMatrix cholesky(RealMatrix sigma) {
        RealMatrix ridged = sigma.copy();
        for (int i = 0; i < ridged.getRowDimension(); i++) {
            ridged.addToEntry(i, i, 1e-9);
        }
        return new CholeskyDecomposition(ridged, 1e-6, 1e-12).getL();
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }

    /** Type 7 quantile (R's default) of sorted values. */
    private static double quantile(double[] sorted, double prob) {
        double h = (sorted.length - 1) * prob;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }
}
