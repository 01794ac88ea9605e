package org.barometer.testing;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The .eml files the embedded default writes, read back as an employee's mail program would. */
public final class EmlOutbox {

    private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{22})");

    private EmlOutbox() {
    }

    /** The personal token received by each recipient (the last one when several emails arrived). */
    public static Map<String, String> tokensByRecipient(Path dir) {
        Map<String, String> tokens = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
                MimeMessage message = read(file);
                String recipient = message.getAllRecipients()[0].toString();
                Matcher link = LINK.matcher(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("=\r\n", "").replace("=\n", ""));
                if (link.find()) {
                    tokens.put(recipient, link.group(1));
                }
            }
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return tokens;
    }

    public static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
