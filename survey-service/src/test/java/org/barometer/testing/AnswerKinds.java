package org.barometer.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of each kind the service gives, over real HTTP, for properties that must hold on
 * every answer (a header): pages, the API signed in and not, the respondent's doors, refusals
 * made by filters before any controller, static files, health, a redirect, an unknown path.
 */
public final class AnswerKinds {

    private AnswerKinds() {
    }

    /** @return each answer by a short description of the request */
    public static Map<String, HttpResponse<String>> sample(URL server, String bearerToken) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, HttpRequest.Builder> requests = new LinkedHashMap<>();
        requests.put("sign-in page", get(server, "/login").header("Accept", "text/html"));
        requests.put("dashboard, signed out (redirect)", get(server, "/hr").header("Accept", "text/html"));
        requests.put("dashboard, signed in", get(server, "/hr").header("Accept", "text/html")
                .header("Authorization", "Bearer " + bearerToken));
        requests.put("API, signed in", get(server, "/api/v1/waves").header("Authorization", "Bearer " + bearerToken));
        requests.put("API, signed out (401)", get(server, "/api/v1/waves"));
        requests.put("unknown survey link (404 page)", get(server, "/s/" + "Z".repeat(22)).header("Accept", "text/html"));
        requests.put("answer, unknown token (404 JSON)", post(server, "/api/v1/responses", "{\"token\":\"nope\"}"));
        requests.put("answer too large (413 from a filter)", post(server, "/api/v1/responses",
                "{\"token\":\"x\",\"comment\":\"" + "a".repeat(100_000) + "\"}"));
        requests.put("failed JSON sign-in (401)", post(server, "/login", "{\"username\":\"nobody@test.example\",\"password\":\"x\"}"));
        requests.put("static file", get(server, "/static/hr.css"));
        requests.put("health", get(server, "/health"));
        requests.put("unknown path", get(server, "/no-such-page"));
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        for (var request : requests.entrySet()) {
            answers.put(request.getKey(), http.send(request.getValue().build(), HttpResponse.BodyHandlers.ofString()));
        }
        return answers;
    }

    private static HttpRequest.Builder get(URL server, String path) {
        return HttpRequest.newBuilder(URI.create(server + path)).GET();
    }

    private static HttpRequest.Builder post(URL server, String path, String json) {
        return HttpRequest.newBuilder(URI.create(server + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
