package org.barometer.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Employees answering a wave with the links of their invitation emails, over the public API. */
public final class Answers {

    private final BarometerApi api;
    private final Path outbox;
    private Map<String, String> tokens;

    private Answers(BarometerApi api, Path outbox) {
        this.api = api;
        this.outbox = outbox;
        this.tokens = EmlOutbox.tokensByRecipient(outbox);
    }

    /** The invitations delivered to {@code outbox} (call after the wave's emails went out). */
    public static Answers from(BarometerApi api, Path outbox) {
        return new Answers(api, outbox);
    }

    /** The token sent to {@code email}, reading the folder again for a while if its file is not there yet. */
    private String tokenOf(String email) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!tokens.containsKey(email) && Instant.now().isBefore(deadline)) {
            BarometerApi.sleep(100);
            tokens = EmlOutbox.tokensByRecipient(outbox);
        }
        if (!tokens.containsKey(email)) {
            throw new AssertionError("No invitation to " + email + " in " + outbox);
        }
        return tokens.get(email);
    }

    /** {@code email} answers 3 to every question but stress, and optionally comments. */
    public void answer(String email, int stress, String comment) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String key : new String[] {"clarity", "interruptions", "autonomy", "workload", "support"}) {
            answers.put(key, 3);
        }
        answers.put("stress", stress);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", tokenOf(email));
        body.put("answers", answers);
        if (comment != null) {
            body.put("comment", comment);
        }
        try {
            String json = ObjectMapper.getDefault().writeValueAsString(body);
            HttpStatus status = api.http().exchange(HttpRequest.POST("/api/v1/responses", json)
                    .contentType(MediaType.APPLICATION_JSON_TYPE)).getStatus();
            if (status != HttpStatus.CREATED) {
                throw new AssertionError("Answer of " + email + " refused: " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
