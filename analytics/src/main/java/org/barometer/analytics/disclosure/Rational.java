package org.barometer.analytics.disclosure;

/**
 * An exact fraction on longs, always reduced with a positive denominator. Every operation is
 * checked: an overflow throws {@link ArithmeticException} instead of rounding (the gate then
 * suppresses more rather than decide on a wrong number). The matrices here hold 0 and 1 and stay
 * small, so their eliminations stay far from the limits.
 */
record Rational(long num, long den) implements Comparable<Rational> {

    static final Rational ZERO = new Rational(0, 1);
    static final Rational ONE = new Rational(1, 1);

    static Rational of(long num, long den) {
        if (den == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (num == 0) {
            return ZERO;
        }
        long g = gcd(Math.abs(num), Math.abs(den));
        long n = num / g;
        long d = den / g;
        return d < 0 ? new Rational(Math.negateExact(n), Math.negateExact(d)) : new Rational(n, d);
    }

    static Rational of(long integer) {
        return integer == 0 ? ZERO : integer == 1 ? ONE : new Rational(integer, 1);
    }

    boolean isZero() {
        return num == 0;
    }

    boolean isInteger() {
        return den == 1;
    }

    int signum() {
        return Long.signum(num);
    }

    Rational plus(Rational o) {
        if (o.num == 0) {
            return this;
        }
        if (num == 0) {
            return o;
        }
        if (den == o.den) {
            return of(Math.addExact(num, o.num), den);
        }
        long g = gcd(den, o.den);
        long left = Math.multiplyExact(num, o.den / g);
        long right = Math.multiplyExact(o.num, den / g);
        return of(Math.addExact(left, right), Math.multiplyExact(den / g, o.den));
    }

    Rational minus(Rational o) {
        return plus(o.negate());
    }

    Rational negate() {
        return num == 0 ? this : new Rational(Math.negateExact(num), den);
    }

    Rational times(Rational o) {
        if (num == 0 || o.num == 0) {
            return ZERO;
        }
        long g1 = gcd(Math.abs(num), o.den);
        long g2 = gcd(Math.abs(o.num), den);
        return of(Math.multiplyExact(num / g1, o.num / g2), Math.multiplyExact(den / g2, o.den / g1));
    }

    Rational dividedBy(Rational o) {
        if (o.num == 0) {
            throw new ArithmeticException("division by zero");
        }
        return times(new Rational(o.den, o.num).normalised());
    }

    private Rational normalised() {
        return of(num, den);
    }

    @Override
    public int compareTo(Rational o) {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }

    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }
}
