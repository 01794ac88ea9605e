package org.barometer.respond;

import org.barometer.survey.Invitation;
import org.barometer.survey.Wave;
import org.barometer.templates.QuestionSet;

import java.util.Map;

/** What a personal link leads to, as far as the respondent may know it. */
sealed interface SurveyLink {

    record Unknown() implements SurveyLink {
    }

    /** {@code locale} is the invitee's language, so even this page speaks it. */
    record Closed(Wave wave, String locale) implements SurveyLink {
    }

    record Used(Wave wave, String locale) implements SurveyLink {
    }

    /** @param counted the groups the answer is counted in: its profile's attributes (name to value) */
    record Open(Invitation invitation, Wave wave, QuestionSet questions, Map<String, String> counted) implements SurveyLink {
    }
}
