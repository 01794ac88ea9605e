package org.barometer.respond;

import java.util.List;

/** The result of a submission: stored, or refused for a reason the respondent can act on. */
public sealed interface SubmissionOutcome {

    record Stored() implements SubmissionOutcome {
    }

    record Refused(SurveyLink link) implements SubmissionOutcome {
    }

    record Invalid(SurveyLink.Open link, AnswerCheck.Checked checked, List<AnswerProblem> problems)
            implements SubmissionOutcome {
    }
}
