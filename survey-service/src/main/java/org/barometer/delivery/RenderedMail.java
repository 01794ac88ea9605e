package org.barometer.delivery;

/** An email ready to go: subject, plain text and HTML alternatives. */
record RenderedMail(String subject, String text, String html) {
}
