/**
 * The anonymity rules every published number goes through (DESIGN.md, "Anonymity").
 *
 * <p>Public face: {@link org.barometer.analytics.anonymity.AnonymityGuard}, with threshold
 * {@code k} (default 5), and the plain inputs it accepts:
 * {@link org.barometer.analytics.anonymity.Breakdown} (responses of the children of one parent),
 * {@link org.barometer.analytics.anonymity.ParticipationBreakdown} (invited and responded),
 * {@link org.barometer.analytics.anonymity.SegmentNode} (a hierarchy such as organisation,
 * department, team) and {@link org.barometer.analytics.anonymity.LinkedBreakdowns} (any set of
 * parent/children groups sharing cells, e.g. team × location with both margins). Each returns a
 * {@link org.barometer.analytics.anonymity.Suppression}: a
 * {@link org.barometer.analytics.anonymity.Visibility} per segment key.
 */
package org.barometer.analytics.anonymity;
