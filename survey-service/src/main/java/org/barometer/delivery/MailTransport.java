package org.barometer.delivery;

/** Hands a finished email to the outside world: an SMTP server, or a folder of .eml files. */
interface MailTransport {

    /**
     * @throws MailFailure when the message did not go; {@link MailFailure#permanent()} says whether
     *                     trying again could help
     */
    void send(String recipient, RenderedMail mail) throws MailFailure;

    /** The delivery round is over: let go of whatever was held open for it (an SMTP connection). */
    default void endRound() {
    }
}
