package org.barometer.insight;

import org.barometer.analytics.anonymity.Participation;

import java.util.Map;

/**
 * Another attribute's cut of the same wave, seen from the attribute being shown: the totals of
 * each of its values (everyone with that value, whatever else they have) and, for each value of
 * the shown attribute, how its people spread over this attribute's values.
 *
 * @param name    the other attribute, e.g. department when the view is by team
 * @param totals  participation of each value of the other attribute
 * @param spread  shown value → (other value → participation of the people having both)
 */
record OtherCut(String name, Map<String, Participation> totals, Map<String, Map<String, Participation>> spread) {

    OtherCut {
        totals = Map.copyOf(totals);
        spread = Map.copyOf(spread);
    }
}
