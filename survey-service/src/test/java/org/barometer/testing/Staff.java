package org.barometer.testing;

import java.util.StringJoiner;

/** Staff lists as HR would export them, built by name in each test. */
public final class Staff {

    private Staff() {
    }

    /** {@code count} employees in {@code team}, alternating French and English, e.g. sales-3@example.com. */
    public static String team(String team, int count) {
        StringJoiner csv = new StringJoiner("\n", "email,name,locale,team,department\n", "\n");
        for (int i = 1; i <= count; i++) {
            String prefix = team.toLowerCase().replace(' ', '-');
            csv.add(prefix + "-" + i + "@example.com,Person " + i + " of " + team + "," + (i % 2 == 0 ? "en" : "fr")
                    + "," + team + ",Operations");
        }
        return csv.toString();
    }
}
