package org.barometer.delivery;

import org.barometer.testing.ReceivedEmail;
import org.barometer.testing.ServiceTest;
import org.barometer.testing.Staff;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opening a wave invites every active employee by email, in their own language, with a personal
 * link that opens the form. The variants differ only in where the emails arrive.
 */
abstract class InvitationDeliveryIntegrationTest extends ServiceTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private final HttpClient browser = HttpClient.newHttpClient();

    /** Every email that has arrived so far. */
    protected abstract List<ReceivedEmail> receivedEmails();

    @Test
    void everyActiveEmployeeGetsOneInvitationInTheirLanguageWithAWorkingLink() throws Exception {
        api.importCsv(Staff.team("Sales", 7), false);
        api.importCsv(Staff.team("Sales", 6), true);

        String wave = api.openedWave("2026-Q4", 3);
        Map<String, Object> delivered = api.awaitDelivered(wave, DELIVERY);

        assertEquals(Map.of("pending", 0, "sent", 6, "failed", 0), delivered.get("emails"), "wave: " + delivered);
        List<ReceivedEmail> emails = receivedEmails();
        List<String> active = IntStream.rangeClosed(1, 6).mapToObj(i -> "sales-" + i + "@example.com").toList();
        assertEquals(active, emails.stream().map(ReceivedEmail::recipient).sorted().toList(),
                "one email per active employee, none to sales-7 who has left");
        for (int i = 1; i <= 6; i++) {
            ReceivedEmail email = ReceivedEmail.to(emails, "sales-" + i + "@example.com");
            String language = i % 2 == 1 ? "fr" : "en";
            assertWrittenIn(language, "Person " + i + " of Sales", email);
            assertOpensTheForm(language, email.link());
        }
        assertEquals(6, new HashSet<>(emails.stream().map(ReceivedEmail::link).toList()).size(), "links are personal");
    }

    private static void assertWrittenIn(String language, String name, ReceivedEmail email) {
        boolean french = language.equals("fr");
        String subject = french ? "Baromètre du bien-être 2026-Q4" : "Well-being barometer 2026-Q4";
        String greeting = (french ? "Bonjour " : "Hello ") + name + ",";
        String anonymity = french ? "Comment votre anonymat est protégé" : "How your anonymity is protected";
        String other = french ? "anonymity" : "anonymat";
        String who = email.recipient() + " (" + language + ")";
        assertTrue(email.subject().startsWith(subject), who + ": " + email.subject());
        for (String body : List.of(email.text(), email.html())) {
            assertTrue(body.contains(greeting), who + " is greeted by name: " + body);
            assertTrue(body.contains(anonymity), who + " is told how anonymity is protected: " + body);
            assertFalse(body.contains(other), who + ": nothing in the other language: " + body);
        }
    }

    private void assertOpensTheForm(String language, String link) throws IOException, InterruptedException {
        assertTrue(link.startsWith(server.getURL() + "/s/"), "the link leads to this service: " + link);
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), link);
        assertTrue(page.body().contains("<html lang=\"" + language + "\""), "the form is in " + language + ": " + link);
        assertTrue(page.body().contains("name=\"q.stress\""), "the form asks the questions: " + link);
    }
}
