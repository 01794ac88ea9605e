package org.barometer.templates;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far, across one or several question sets, each prefixed by where it is. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String where, String message) {
        found.add(where + ": " + message);
    }

    int count() {
        return found.size();
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidQuestionSetException(found);
        }
    }
}
