/**
 * The frame shared by the HR pages: language (query, cookie, browser), texts in French and
 * English, and the navigation allowed to the reader's role. The pages themselves live in their
 * feature packages (insight, directory, survey) beside the services they show.
 */
package org.barometer.web;
