/**
 * The disclosure gate (DESIGN.md, Anonymity §3–6): {@link org.barometer.analytics.disclosure.DisclosureGate}
 * decides, once per wave, every figure the product may publish — the organisation, each value of
 * each segment attribute, participation, each question's answers and the comments — so that no
 * group and no union of groups with fewer than k answers can be derived from them by any linear
 * combination, no small group answering alike shows its answer, and no comment is placed among
 * fewer than k answers. Its input is a {@link org.barometer.analytics.disclosure.WaveTable}, its
 * output a {@link org.barometer.analytics.disclosure.PublicationPlan} (whose
 * {@link org.barometer.analytics.disclosure.Decisions} are stored and handed to the next wave).
 */
package org.barometer.analytics.disclosure;
