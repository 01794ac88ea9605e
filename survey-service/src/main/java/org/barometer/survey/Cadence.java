package org.barometer.survey;

/** How often a program runs a wave. Quarterly only, for now: the product compares quarter with quarter. */
public enum Cadence {
    QUARTERLY
}
