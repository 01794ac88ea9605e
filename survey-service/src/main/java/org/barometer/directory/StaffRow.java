package org.barometer.directory;

import java.util.Map;

/**
 * One valid line of a staff CSV. {@code locale} is null when the file has no locale column, and
 * {@code attributes} holds every other column of the file (an empty cell maps to "").
 */
record StaffRow(int line, String email, String name, String locale, Map<String, String> attributes) {
}
