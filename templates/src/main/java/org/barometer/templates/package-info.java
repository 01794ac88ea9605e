/**
 * The texts people customise — question sets, email templates, respondent-page messages — and
 * the loader that validates them.
 *
 * <p>Every text is looked up by a relative path such as {@code questions/wellbeing-barometer.yml}
 * in an override directory first, then on the classpath under {@code barometer-templates/}, so an
 * organisation can change the wording without rebuilding (see {@link org.barometer.templates.TemplateSource}).
 * Question sets are read with {@link org.barometer.templates.QuestionSetLoader}, which reports every
 * problem of a set at once, because the people who edit these files are not necessarily developers
 * and should not have to fix them one error per restart.
 */
package org.barometer.templates;
