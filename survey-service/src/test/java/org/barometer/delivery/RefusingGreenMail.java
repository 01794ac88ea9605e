package org.barometer.delivery;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.Map;

/**
 * A real SMTP server (GreenMail on 127.0.0.1) that answers {@code RCPT TO} with a permanent 550
 * for addresses whose local part starts with {@value #REFUSED_PREFIX}, as a mail server does for
 * a mailbox that does not exist. GreenMail accepts every recipient by itself; its one hook is
 * {@link SmtpManager#checkRecipient}, reached through the {@link Managers} its servers are built with.
 */
final class RefusingGreenMail extends GreenMail {

    static final String REFUSED_PREFIX = "nobody";

    RefusingGreenMail(int port) {
        super(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** A port nothing listens on at the moment, to start a server on later. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's SMTP settings for a server on {@code port} of this machine. */
    static Map<String, String> smtpProperties(int port) {
        return Map.of("javamail.properties.mail.smtp.host", "127.0.0.1",
                "javamail.properties.mail.smtp.port", String.valueOf(port));
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        return super.createServices(config, new RefusingManagers(managers));
    }

    /** The same mailboxes and users; only the SMTP manager's recipient check differs. */
    private static final class RefusingManagers extends Managers {

        private final Managers shared;
        private final SmtpManager smtp;

        RefusingManagers(Managers shared) {
            this.shared = shared;
            this.smtp = new RefusingSmtpManager(shared.getImapHostManager(), shared.getUserManager());
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return shared.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return shared.getImapHostManager();
        }
    }

    private static final class RefusingSmtpManager extends SmtpManager {

        RefusingSmtpManager(ImapHostManager imap, UserManager users) {
            super(imap, users);
        }

        @Override
        public String checkRecipient(SmtpState state, MailAddress address) {
            if (address.getEmail().toLowerCase(Locale.ROOT).startsWith(REFUSED_PREFIX)) {
                return "550 5.1.1 <" + address.getEmail() + ">: Recipient address rejected: User unknown";
            }
            return super.checkRecipient(state, address);
        }
    }
}
