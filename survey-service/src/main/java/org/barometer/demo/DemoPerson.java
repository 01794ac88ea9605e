package org.barometer.demo;

/** One fictitious employee: who they are in the staff list, and where they sit in the organisation. */
public record DemoPerson(int index, String email, String name, String locale, String team, int teamIndex,
                         String department, int departmentIndex, String location) {
}
