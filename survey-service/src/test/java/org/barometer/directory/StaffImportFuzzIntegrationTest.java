package org.barometer.directory;

import org.barometer.testing.Jdbc;
import org.barometer.testing.MalformedInput;
import org.barometer.testing.ServiceTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hostile staff lists, drawn from a fixed seed: random bytes, invalid UTF-8, NUL, values longer
 * than their columns, duplicate headers and emails, unbalanced quotes, hundreds of columns, wrong
 * content types, a large file. Never a 5xx, and a refused file changes nothing (all or nothing).
 */
abstract class StaffImportFuzzIntegrationTest extends ServiceTest {

    private static final long SEED = 4_242L;
    private static final int ROUNDS = 120;
    private static final String HEADER = "email,name,locale,team,department\n";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final MalformedInput input = new MalformedInput(SEED);
    private final List<String> failures = new ArrayList<>();

    @Test
    void noHostileStaffListGetsA5xxAndARefusedOneChangesNothing() throws Exception {
        List<Supplier<String>> kinds = List.of(this::randomText, this::oddValue, this::tooLong, this::duplicateHeaders,
                this::duplicateEmails, this::unbalancedQuotes, this::manyColumns, this::valid);
        for (int round = 0; round < ROUNDS; round++) {
            boolean invalidUtf8 = input.random().nextInt(8) == 0;
            String csv = input.oneOf(kinds).get();
            byte[] body = invalidUtf8 ? input.withInvalidUtf8(csv) : csv.getBytes(StandardCharsets.UTF_8);
            send(csv.length() > 60 ? csv.substring(0, 60) : csv, body, input.oneOf(List.of("text/csv", "text/csv",
                    "text/plain", "application/json", "application/octet-stream", "text/csv; charset=latin-1",
                    "text/csv; charset=@@")));
        }
        send("a large file", large().getBytes(StandardCharsets.UTF_8), "text/csv");

        assertEquals(List.of(), failures);
    }

    private void send(String what, byte[] body, String type) throws Exception {
        long employees = count("employee");
        long attributes = count("employee_attribute");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.getURL()
                        + "/api/v1/employees/import")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + api.login()).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 500) {
            failures.add(status + " for " + type + " " + what + ": " + response.body());
        } else if (status >= 400 && (count("employee") != employees || count("employee_attribute") != attributes)) {
            failures.add("refused with " + status + " but changed the directory: " + what);
        }
    }

    private long count(String table) {
        return Jdbc.count(getProperties(), "SELECT COUNT(*) FROM " + table);
    }

    private String randomText() {
        return new String(input.randomBytes(3_000), StandardCharsets.ISO_8859_1);
    }

    private String oddValue() {
        return HEADER + "p" + input.random().nextInt(1_000) + "@example.com," + input.oddText() + ",fr,"
                + input.oddText() + "," + input.oddText() + "\n";
    }

    private String tooLong() {
        int which = input.random().nextInt(4);
        String email = which == 0 ? "x".repeat(400) + "@example.com" : "long" + input.random().nextInt(100) + "@example.com";
        return HEADER + email + "," + (which == 1 ? "n".repeat(300) : "Name") + ",en,"
                + (which == 2 ? "t".repeat(250) : "Team") + ",Dept\n"
                + (which == 3 ? "email,name," + "h".repeat(100) + "\nq@example.com,Q,1\n" : "");
    }

    private String duplicateHeaders() {
        return "email,team,team,Email\na@example.com,One,Two,b@example.com\n";
    }

    private String duplicateEmails() {
        return HEADER + "same@example.com,A,fr,T,D\nSAME@example.com,B,en,T,D\n";
    }

    private String unbalancedQuotes() {
        return HEADER + "q@example.com,\"Open quote,fr,T,D\nr@example.com,R\"\",en,T,D\n";
    }

    private String manyColumns() {
        StringBuilder header = new StringBuilder("email");
        StringBuilder row = new StringBuilder("wide@example.com");
        for (int i = 0; i < 300 + input.random().nextInt(300); i++) {
            header.append(",c").append(i);
            row.append(",v").append(i);
        }
        return header + "\n" + row + "\n";
    }

    private String valid() {
        int n = input.random().nextInt(1_000);
        return HEADER + "v" + n + "@example.com,Valid " + n + ",fr,Sales,Commercial\n";
    }

    private static String large() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 40_000; i++) {
            csv.append("bulk").append(i).append("@example.com,Person ").append(i).append(",en,Team ").append(i % 50)
                    .append(",Dept ").append(i % 5).append('\n');
        }
        return csv.toString();
    }
}
