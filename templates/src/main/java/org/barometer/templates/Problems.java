package org.barometer.templates;

import java.util.ArrayList;
import java.util.List;

/** The problems found so far, across one or several question sets, each prefixed by where it is. */
final class Problems {

    private final List<Phrase> found = new ArrayList<>();

    /**
     * @param where a file name, or a {@link Phrase} naming a place in a file
     * @param key   the problem's key in {@code problems_<lang>.properties}
     */
    void add(Object where, String key, Object... arguments) {
        found.add(Phrase.at(where, Phrase.of(key, arguments)));
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
