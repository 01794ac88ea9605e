/**
 * Anonymity in storage (DESIGN.md, Anonymity §2): {@link org.barometer.analytics.anonymity.Generalisation}
 * turns the segment attributes of a wave's invitees into the tuples their answers are stored with,
 * each shared by at least k invitees. What may be published from what is stored is decided by
 * {@link org.barometer.analytics.disclosure.DisclosureGate}.
 */
package org.barometer.analytics.anonymity;
