package org.barometer.analytics.stats;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.special.Erf;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Trend of ordinal answers across consecutive waves: a proportional-odds (cumulative logit) model
 * with the wave's rank as the only covariate, fitted by maximum likelihood on the answers, and its
 * likelihood-ratio test against the model without waves.
 *
 * <p>Model, for an answer {@code Y} in wave {@code w = 0, 1, …, W−1} and the observed answer
 * categories {@code 1..J}:
 * <pre>
 *   logit P(Y ≤ j | w) = ζⱼ − β·w          j = 1..J−1,  ζ₁ &lt; … &lt; ζ_{J−1}
 *   ℓ(ζ, β)  = Σ_w Σ_j n_wj · log(F(ζⱼ − βw) − F(ζⱼ₋₁ − βw)),   F the logistic, ζ₀ = −∞, ζ_J = +∞
 *   LR       = 2·(ℓ(ζ̂, β̂) − ℓ₀),   ℓ₀ = Σ_j n_j · log(n_j / n)
 *   p        = P(χ²₁ ≥ LR)
 * </pre>
 * Symbols: {@code n_wj} answers of category {@code j} in wave {@code w}; a positive {@code β}
 * means higher answers in later waves. Because wave is the only covariate, the likelihood needs
 * only these counts, so the cost does not grow with the number of answers. Fitted by Newton's
 * method with the analytic gradient and a Hessian differenced from it, halving a step that would
 * lower the likelihood or disorder the cut-points.
 *
 * <p>Special cases: categories nobody chose are left out (R: {@code droplevels}); with one
 * category, or answers in one wave only, there is no trend ({@code β = 0}, {@code p = 1}); with
 * two categories the model is the logistic regression of the upper category on the wave. When the
 * answers of the waves do not overlap at all, β is unbounded: the fit stops at a large β and the
 * test is still valid as a limit.
 *
 * <p>Reference: McCullagh (1980), Regression models for ordinal data, JRSS B 42(2), 109–142;
 * R {@code MASS::polr(y ~ w, weights = n)} and {@code anova} of it against {@code y ~ 1}.
 *
 * @param beta      β̂, the log odds ratio of a higher answer per wave
 * @param se        its standard error from the observed information, NaN when not estimable
 * @param lr        the likelihood-ratio statistic
 * @param p         its χ²₁ p-value
 */
public record ProportionalOddsTrend(double beta, double se, double lr, double p) {

    private static final int MAX_ITERATIONS = 200;
    private static final double DIFFERENCE_STEP = 1e-6;

    /**
     * @param waves the answers of each wave, oldest first, all on one scale
     * @throws IllegalArgumentException if the scales differ or there are no waves
     */
    public static ProportionalOddsTrend of(List<Histogram> waves) {
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("No waves");
        }
        Histogram first = waves.get(0);
        long[] totals = new long[first.size()];
        int wavesWithAnswers = 0;
        for (Histogram wave : waves) {
            if (!wave.sameScaleAs(first)) {
                throw new IllegalArgumentException("Different scales: " + first + " and " + wave);
            }
            for (int i = 0; i < totals.length; i++) {
                totals[i] += wave.countAt(i);
            }
            wavesWithAnswers += wave.n() > 0 ? 1 : 0;
        }
        int[] used = IntStream.range(0, totals.length).filter(i -> totals[i] > 0).toArray();
        if (used.length < 2 || wavesWithAnswers < 2) {
            return new ProportionalOddsTrend(0, Double.NaN, 0, 1);
        }
        double[][] counts = new double[waves.size()][used.length];
        for (int w = 0; w < waves.size(); w++) {
            for (int j = 0; j < used.length; j++) {
                counts[w][j] = waves.get(w).countAt(used[j]);
            }
        }
        return fit(counts);
    }

    private static ProportionalOddsTrend fit(double[][] counts) {
        int cats = counts[0].length;
        double[] theta = start(counts);
        double null0 = nullLogLikelihood(counts);
        double ll = logLikelihood(counts, theta);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = gradient(counts, theta);
            RealMatrix information = information(counts, theta);
            double[] step;
            try {
                step = new LUDecomposition(information).getSolver().solve(MatrixUtils.createRealVector(gradient)).toArray();
            } catch (RuntimeException singular) {
                break;
            }
            double scale = 1;
            double[] next = null;
            double nextLl = Double.NEGATIVE_INFINITY;
            for (int halving = 0; halving < 40; halving++, scale /= 2) {
                double[] candidate = theta.clone();
                for (int i = 0; i < candidate.length; i++) {
                    candidate[i] += scale * step[i];
                }
                if (ordered(candidate, cats)) {
                    double candidateLl = logLikelihood(counts, candidate);
                    if (candidateLl >= ll - 1e-12) {
                        next = candidate;
                        nextLl = candidateLl;
                        break;
                    }
                }
            }
            if (next == null) {
                break;
            }
            double moved = 0;
            for (int i = 0; i < theta.length; i++) {
                moved = Math.max(moved, Math.abs(next[i] - theta[i]));
            }
            theta = next;
            ll = nextLl;
            if (moved < 1e-10 || Math.abs(theta[cats - 1]) > 50) {
                break;
            }
        }
        double beta = theta[cats - 1];
        double se = Double.NaN;
        try {
            RealMatrix covariance = new LUDecomposition(information(counts, theta)).getSolver().getInverse();
            se = Math.sqrt(covariance.getEntry(cats - 1, cats - 1));
        } catch (RuntimeException singular) {
            // se stays NaN: the information matrix is singular at a boundary fit
        }
        double lr = Math.max(0, 2 * (ll - null0));
        double p = lr == 0 ? 1 : chiSquareUpper(lr);
        return new ProportionalOddsTrend(beta, se, lr, p);
    }

    private static double chiSquareUpper(double x) {
        // P(χ²₁ ≥ x) = erfc(√(x/2)), exact in the tail where 1 − cdf loses digits
        return Erf.erfc(Math.sqrt(x / 2));
    }

    /** Cut-points at the logits of the pooled cumulative shares, β = 0: the null model's optimum. */
    private static double[] start(double[][] counts) {
        int cats = counts[0].length;
        double[] pooled = new double[cats];
        double n = 0;
        for (double[] wave : counts) {
            for (int j = 0; j < cats; j++) {
                pooled[j] += wave[j];
                n += wave[j];
            }
        }
        double[] theta = new double[cats];
        double cumulative = 0;
        for (int j = 0; j < cats - 1; j++) {
            cumulative += pooled[j];
            double share = cumulative / n;
            theta[j] = Math.log(share / (1 - share));
        }
        return theta;
    }

    private static boolean ordered(double[] theta, int cats) {
        for (int j = 1; j < cats - 1; j++) {
            if (!(theta[j] > theta[j - 1])) {
                return false;
            }
        }
        return true;
    }

    private static double nullLogLikelihood(double[][] counts) {
        int cats = counts[0].length;
        double n = 0;
        double[] pooled = new double[cats];
        for (double[] wave : counts) {
            for (int j = 0; j < cats; j++) {
                pooled[j] += wave[j];
                n += wave[j];
            }
        }
        double ll = 0;
        for (double c : pooled) {
            ll += c > 0 ? c * Math.log(c / n) : 0;
        }
        return ll;
    }

    private static double logistic(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** F(ζⱼ − βw) for j = 0..J (with the infinite ends). */
    private static double[] cumulative(double[] theta, int cats, int w) {
        double beta = theta[cats - 1];
        double[] f = new double[cats + 1];
        f[0] = 0;
        f[cats] = 1;
        for (int j = 1; j < cats; j++) {
            f[j] = logistic(theta[j - 1] - beta * w);
        }
        return f;
    }

    private static double logLikelihood(double[][] counts, double[] theta) {
        int cats = counts[0].length;
        double ll = 0;
        for (int w = 0; w < counts.length; w++) {
            double[] f = cumulative(theta, cats, w);
            for (int j = 0; j < cats; j++) {
                if (counts[w][j] > 0) {
                    double pi = f[j + 1] - f[j];
                    ll += counts[w][j] * (pi > 0 ? Math.log(pi) : -745);
                }
            }
        }
        return ll;
    }

    /** ∂ℓ/∂(ζ₁..ζ_{J−1}, β). */
    private static double[] gradient(double[][] counts, double[] theta) {
        int cats = counts[0].length;
        double[] g = new double[cats];
        for (int w = 0; w < counts.length; w++) {
            double[] f = cumulative(theta, cats, w);
            for (int j = 0; j < cats; j++) {
                double n = counts[w][j];
                if (n == 0) {
                    continue;
                }
                double pi = Math.max(f[j + 1] - f[j], 1e-300);
                double upper = f[j + 1] * (1 - f[j + 1]);
                double lower = f[j] * (1 - f[j]);
                if (j + 1 < cats) {
                    g[j] += n * upper / pi;
                }
                if (j > 0) {
                    g[j - 1] -= n * lower / pi;
                }
                g[cats - 1] -= n * w * (upper - lower) / pi;
            }
        }
        return g;
    }

    /** The observed information −∂²ℓ, differenced from the analytic gradient and symmetrised. */
    private static RealMatrix information(double[][] counts, double[] theta) {
        int size = theta.length;
        double[][] h = new double[size][size];
        for (int i = 0; i < size; i++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            double step = DIFFERENCE_STEP * Math.max(1, Math.abs(theta[i]));
            up[i] += step;
            down[i] -= step;
            double[] gUp = gradient(counts, up);
            double[] gDown = gradient(counts, down);
            for (int j = 0; j < size; j++) {
                h[i][j] = -(gUp[j] - gDown[j]) / (2 * step);
            }
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                double mean = (h[i][j] + h[j][i]) / 2;
                h[i][j] = mean;
                h[j][i] = mean;
            }
        }
        return MatrixUtils.createRealMatrix(h);
    }
}
