package org.barometer.delivery;

/** A message that did not go; permanent when retrying cannot help (the server refused the address). */
final class MailFailure extends Exception {

    private final boolean permanent;

    MailFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
