package org.barometer.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/**
 * A fictitious organisation drawn from a seed: people in teams, teams in three departments, two
 * locations. The last team has {@value #SMALL_TEAM_SIZE} people, fewer than any sensible anonymity
 * threshold, so its results are always suppressed. The demo uses 300 people in 12 teams; the
 * benchmarks scale the same generator up. Addresses use the reserved {@code .example} domain, so
 * no email of the demo can reach anyone.
 */
public record DemoOrganisation(List<DemoPerson> people, List<String> teams) {

    public static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Operations");
    public static final List<String> LOCATIONS = List.of("Paris", "Lyon");
    static final int SMALL_TEAM_SIZE = 3;
    private static final List<String> TEAM_NAMES = List.of("Platform", "Mobile", "Data", "Web", "Key Accounts",
            "Inside Sales", "Partners", "Marketing", "Customer Care", "Logistics", "Finance", "Legal");
    private static final List<String> FIRST_NAMES = List.of("Camille", "Léa", "Hugo", "Chloé", "Lucas", "Manon",
            "Nathan", "Inès", "Louis", "Sarah", "Jules", "Emma", "Noah", "Zoé", "Adam", "Alice", "Yanis", "Jade");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
            "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia");

    /**
     * @param people how many employees, at least {@code teams + SMALL_TEAM_SIZE}
     * @param teams  how many teams, at least 4 (the last one is the small team)
     */
    public static DemoOrganisation generate(long seed, int people, int teams) {
        if (teams < 4 || people < teams + SMALL_TEAM_SIZE) {
            throw new IllegalArgumentException("need at least 4 teams and more people than teams");
        }
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            names.add(teams <= TEAM_NAMES.size() && t == teams - 1 ? TEAM_NAMES.get(TEAM_NAMES.size() - 1)
                    : t < TEAM_NAMES.size() - 1 ? TEAM_NAMES.get(t) : "Team " + (t + 1));
        }
        int regular = people - SMALL_TEAM_SIZE;
        List<DemoPerson> staff = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            int team = i < regular ? i % (teams - 1) : teams - 1;
            int department = Math.min(DEPARTMENTS.size() - 1, team * DEPARTMENTS.size() / teams);
            // Each team has a home city; a few of its people work from the other one.
            int home = team % LOCATIONS.size();
            String location = LOCATIONS.get(random.nextDouble() < 0.15 ? 1 - home : home);
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            String email = ascii(first + "." + last) + "." + (i + 1) + "@demo.example";
            String locale = random.nextDouble() < 0.7 ? "fr" : "en";
            staff.add(new DemoPerson(i, email, first + " " + last, locale, names.get(team), team,
                    DEPARTMENTS.get(department), department, location));
        }
        return new DemoOrganisation(List.copyOf(staff), List.copyOf(names));
    }

    /** The staff list as HR would export it, for the real import. */
    public String csv() {
        StringJoiner csv = new StringJoiner("\n", "email,name,locale,team,department,location\n", "\n");
        people.forEach(p -> csv.add(String.join(",", p.email(), p.name(), p.locale(), p.team(), p.department(),
                p.location())));
        return csv.toString();
    }

    public String smallTeam() {
        return teams.get(teams.size() - 1);
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
