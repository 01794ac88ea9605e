package org.barometer.analytics.stats;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.Arrays;

/**
 * The sums a group's answers leave for a regression between questions: the number of answers, the
 * sum of each question's answers and the sum of each pair's products, over the answers that rated
 * every question. A group's sums are the sums of its parts, so closing a wave can store them per
 * profile and any group is read without its answers.
 *
 * <p>Formula: {@code cov(j, l) = (S_jl − S_j·S_l / n) / (n − 1)}, the unbiased covariance R's
 * {@code cov(x)} gives.
 *
 * @param n        answers counted
 * @param sums     {@code S_j = Σ x_j}
 * @param products {@code S_jl = Σ x_j·x_l}, symmetric
 */
public record CrossProducts(long n, double[] sums, double[][] products) {

    public CrossProducts {
        sums = sums.clone();
        products = Arrays.stream(products).map(double[]::clone).toArray(double[][]::new);
        if (products.length != sums.length) {
            throw new IllegalArgumentException("Products and sums of different sizes");
        }
    }

    /** @return no answers over {@code p} questions */
    public static CrossProducts empty(int p) {
        return new CrossProducts(0, new double[p], new double[p][p]);
    }

    /** @return these sums with one more answer vector */
    public CrossProducts plus(int... answers) {
        double[] s = sums.clone();
        double[][] pr = Arrays.stream(products).map(double[]::clone).toArray(double[][]::new);
        for (int j = 0; j < s.length; j++) {
            s[j] += answers[j];
            for (int l = 0; l < s.length; l++) {
                pr[j][l] += (double) answers[j] * answers[l];
            }
        }
        return new CrossProducts(n + 1, s, pr);
    }

    /** @return the sums of both groups (disjoint) */
    public CrossProducts plus(CrossProducts other) {
        double[] s = sums.clone();
        double[][] pr = Arrays.stream(products).map(double[]::clone).toArray(double[][]::new);
        for (int j = 0; j < s.length; j++) {
            s[j] += other.sums[j];
            for (int l = 0; l < s.length; l++) {
                pr[j][l] += other.products[j][l];
            }
        }
        return new CrossProducts(n + other.n, s, pr);
    }

    /** @return the number of questions */
    public int p() {
        return sums.length;
    }

    /** @return the unbiased covariance matrix of the questions; needs {@code n ≥ 2} */
    public RealMatrix covariance() {
        if (n < 2) {
            throw new IllegalArgumentException("A covariance needs two answers, got " + n);
        }
        double[][] c = new double[p()][p()];
        for (int j = 0; j < p(); j++) {
            for (int l = 0; l < p(); l++) {
                c[j][l] = (products[j][l] - sums[j] * sums[l] / n) / (n - 1);
            }
        }
        return MatrixUtils.createRealMatrix(c);
    }

    @Override
    public double[] sums() {
        return sums.clone();
    }

    @Override
    public double[][] products() {
        return Arrays.stream(products).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CrossProducts c && c.n == n && Arrays.equals(c.sums, sums) && Arrays.deepEquals(c.products, products);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(n) * 31 + Arrays.hashCode(sums);
    }

    @Override
    public String toString() {
        return "CrossProducts[n=" + n + ", sums=" + Arrays.toString(sums) + "]";
    }
}
