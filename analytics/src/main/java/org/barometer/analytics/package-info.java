/**
 * Plain-Java analytics of the barometer: statistics computed from histograms ({@code stats})
 * and the anonymity rules every published number goes through ({@code anonymity}).
 *
 * <p>No web framework, persistence or JDBC here: the module takes plain data and returns
 * immutable results, so it is testable in isolation and reusable from a command line.
 */
package org.barometer.analytics;
