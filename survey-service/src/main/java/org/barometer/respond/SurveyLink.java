package org.barometer.respond;

import org.barometer.survey.Invitation;
import org.barometer.survey.Wave;
import org.barometer.templates.QuestionSet;

/** What a personal link leads to, as far as the respondent may know it. */
sealed interface SurveyLink {

    record Unknown() implements SurveyLink {
    }

    /** {@code locale} is the invitee's language, so even this page speaks it. */
    record Closed(Wave wave, String locale) implements SurveyLink {
    }

    record Used(Wave wave, String locale) implements SurveyLink {
    }

    record Open(Invitation invitation, Wave wave, QuestionSet questions) implements SurveyLink {
    }
}
