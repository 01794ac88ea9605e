package org.barometer.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An email as its recipient reads it, from an SMTP server's mailbox or an {@code .eml} file:
 * the address it went to, the subject, and both alternatives of the body.
 */
public record ReceivedEmail(String recipient, String subject, String text, String html) {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/s/([A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])");

    public static ReceivedEmail of(MimeMessage message) {
        try {
            var to = message.getRecipients(MimeMessage.RecipientType.TO);
            if (to == null || to.length != 1) {
                throw new AssertionError("Expected one recipient, got " + (to == null ? "none" : List.of(to)));
            }
            List<String> texts = new ArrayList<>();
            List<String> htmls = new ArrayList<>();
            collect(message, texts, htmls);
            if (texts.size() != 1 || htmls.size() != 1) {
                throw new AssertionError("Expected one text and one HTML part, got " + texts.size() + " and " + htmls.size());
            }
            return new ReceivedEmail(((InternetAddress) to[0]).getAddress(), message.getSubject(), texts.get(0), htmls.get(0));
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Unreadable email: " + e, e);
        }
    }

    /** Every {@code .eml} file the service wrote into {@code dir}, as a mail program would open it. */
    public static List<ReceivedEmail> inFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().map(ReceivedEmail::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one email sent to {@code address} among {@code emails}. */
    public static ReceivedEmail to(List<ReceivedEmail> emails, String address) {
        List<ReceivedEmail> found = emails.stream().filter(e -> e.recipient().equalsIgnoreCase(address)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " emails to " + address + " among " + emails.size());
        }
        return found.get(0);
    }

    /** The personal survey link, the same in the text and the HTML version. */
    public String link() {
        Matcher inText = LINK.matcher(text);
        if (!inText.find()) {
            throw new AssertionError("No survey link in the text of the email to " + recipient + ":\n" + text);
        }
        String link = inText.group();
        if (!html.contains("href=\"" + link + "\"")) {
            throw new AssertionError("The HTML version of the email to " + recipient + " does not link to " + link);
        }
        return link;
    }

    /** The 22-character token at the end of the personal link. */
    public String token() {
        return link().substring(link().lastIndexOf('/') + 1);
    }

    private static ReceivedEmail read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(new MimeMessage(Session.getInstance(new Properties()), in));
        } catch (MessagingException e) {
            throw new AssertionError("Unreadable " + file + ": " + e, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, List<String> texts, List<String> htmls) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, texts, htmls);
            }
        } else if (part.isMimeType("text/plain")) {
            texts.add((String) part.getContent());
        } else if (part.isMimeType("text/html")) {
            htmls.add((String) part.getContent());
        }
    }
}
