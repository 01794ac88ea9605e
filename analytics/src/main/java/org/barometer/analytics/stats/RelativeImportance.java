package org.barometer.analytics.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
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
 * <p>Special cases: a question without variance gets a share of 0 (a generalised inverse replaces
 * the inverse); an outcome without variance gives all shares 0.
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
            for (int b = 0; b < bootstrap; b++) {
                draws[b] = shares(wishartDraw(sigma, answers.n() - 1, random), outcome);
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
        RealVector a = MatrixUtils.createRealVector(outcome);
        RealVector sigmaA = sigma.operate(a);
        double varY = a.dotProduct(sigmaA);
        double[] shares = new double[p];
        if (!(varY > 1e-12)) {
            return shares;
        }
        double[] r2 = new double[1 << p];
        for (int subset = 1; subset < r2.length; subset++) {
            int[] members = members(subset, p);
            RealMatrix block = sigma.getSubMatrix(members, members);
            double[] c = new double[members.length];
            for (int i = 0; i < members.length; i++) {
                c[i] = sigmaA.getEntry(members[i]);
            }
            RealVector cv = MatrixUtils.createRealVector(c);
            RealVector solved = new SingularValueDecomposition(block).getSolver().solve(cv);
            r2[subset] = Math.min(1, Math.max(0, cv.dotProduct(solved) / varY));
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

    /** Σ* with (n − 1)·Σ* ~ Wishart(n − 1, Σ), by Bartlett's decomposition of a Cholesky factor. */
    private static RealMatrix wishartDraw(RealMatrix sigma, long df, RandomGenerator random) {
        int p = sigma.getRowDimension();
        RealMatrix l = cholesky(sigma);
        double[][] bartlett = new double[p][p];
        for (int i = 0; i < p; i++) {
            bartlett[i][i] = Math.sqrt(new ChiSquaredDistribution(random, df - i).sample());
            for (int j = 0; j < i; j++) {
                bartlett[i][j] = random.nextGaussian();
            }
        }
        RealMatrix la = l.multiply(MatrixUtils.createRealMatrix(bartlett));
        return la.multiply(la.transpose()).scalarMultiply(1.0 / df);
    }

    /** A lower Cholesky factor, with a tiny ridge when a question has no variance. */
    private static RealMatrix cholesky(RealMatrix sigma) {
        RealMatrix ridged = sigma.copy();
        for (int i = 0; i < ridged.getRowDimension(); i++) {
            ridged.addToEntry(i, i, 1e-9);
        }
        return new CholeskyDecomposition(ridged, 1e-6, 1e-12).getL();
    }

    private static int[] members(int subset, int p) {
        int[] m = new int[Integer.bitCount(subset)];
        for (int j = 0, k = 0; j < p; j++) {
            if ((subset & (1 << j)) != 0) {
                m[k++] = j;
            }
        }
        return m;
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
