package org.barometer.insight;

import org.barometer.testing.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmark data generated inside PostgreSQL (INSERT … SELECT over generate_series): employees,
 * and waves whose people spread over {@code teams} teams in 5 departments, 110 % invited per
 * response, random answers on the template's 1–5 scales, and the per-profile tally the ballot
 * box's releases would have left. Shared by {@link InsightBenchmark} and {@link ReportBenchmark}.
 */
final class BenchmarkWaves {

    private static final String[] QUESTIONS = {"stress", "clarity", "interruptions", "autonomy", "workload", "support"};

    private final Map<String, String> properties;
    private final String template = "wellbeing-barometer";
    private final String yaml;
    private final int teams;
    private int waveCount;

    BenchmarkWaves(Map<String, String> properties, String yaml, int teams) {
        this.properties = properties;
        this.yaml = yaml;
        this.teams = teams;
    }

    void deleteWaves() throws SQLException {
        sql("DELETE FROM wave");
        waveCount = 0;
    }

    void employees(int count) throws SQLException {
        sql("INSERT INTO employee (id, email, display_name, locale, active, updated_at) "
                + "SELECT md5('e' || i)::uuid, 'e' || i || '@example.com', NULL, 'en', TRUE, now() "
                + "FROM generate_series(1, " + count + ") i");
    }

    /** A wave of {@code responses} answers from {@code responses · 1.1} invited, spread over the teams. */
    UUID wave(int responses) throws SQLException {
        UUID id = UUID.randomUUID();
        int invited = responses + responses / 10;
        String w = "'" + id + "'";
        long start = System.nanoTime();
        try (Connection c = Jdbc.connect(properties);
             PreparedStatement wave = c.prepareStatement("INSERT INTO wave (id, label, template_key, status, "
                     + "anonymity_threshold, opened_at, frozen_questions, created_at) "
                     + "VALUES (?::uuid, ?, ?, 'OPEN', 5, now() + make_interval(days => ?), ?, now())")) {
            wave.setString(1, id.toString());
            wave.setString(2, "2030-W" + waveCount);
            wave.setString(3, template);
            wave.setInt(4, waveCount++);
            wave.setString(5, yaml);
            wave.executeUpdate();
        }
        // Person i (1..invited) answers unless i % 11 = 0; team i % teams, department team % 5. The
        // profiles are team × department (every team holds far more than k people), as an opening
        // would make them; the tally per profile is what the ballot box's releases would have left.
        String people = "FROM generate_series(1, " + invited + ") i ";
        String answered = people + "WHERE i % 11 <> 0 ";
        String profile = "md5(" + w + " || 'p' || (i % " + teams + "))::uuid";
        sql("INSERT INTO wave_profile (id, wave_id, invited, responded) SELECT " + profile + ", " + w
                + ", COUNT(*), SUM(CASE WHEN i % 11 <> 0 THEN 1 ELSE 0 END) " + people + "GROUP BY i % " + teams);
        sql("INSERT INTO wave_profile_attribute (profile_id, name, attr_value) SELECT md5(" + w + " || 'p' || t)::uuid, "
                + "a.name, CASE a.name WHEN 'team' THEN 'team-' || t ELSE 'dept-' || (t % 5) END "
                + "FROM generate_series(0, " + (teams - 1) + ") t CROSS JOIN (VALUES ('team'), ('department')) a(name)");
        sql("INSERT INTO wave_segment (wave_id, name, attr_value, invited) SELECT " + w + ", a.name, "
                + "CASE a.name WHEN 'team' THEN 'team-' || (i % " + teams + ") ELSE 'dept-' || (i % " + teams + " % 5) END, "
                + "COUNT(*) " + people + "CROSS JOIN (VALUES ('team'), ('department')) a(name) GROUP BY 2, 3");
        sql("INSERT INTO invitation (id, wave_id, employee_id, locale, responded, profile_id) "
                + "SELECT md5(" + w + " || 'i' || i)::uuid, " + w + ", md5('e' || i)::uuid, 'en', i % 11 <> 0, " + profile
                + " " + people);
        sql("INSERT INTO response (id, wave_id, profile_id, comment_text) SELECT gen_random_uuid(), " + w + ", " + profile
                + ", NULL " + answered);
        sql("INSERT INTO response_answer (response_id, question_key, answer) "
                + "SELECT r.id, q.key, 1 + floor(random() * 5)::int FROM response r CROSS JOIN (VALUES "
                + String.join(", ", Arrays.stream(QUESTIONS).map(q -> "('" + q + "')").toList()) + ") q(key) "
                + "WHERE r.wave_id = " + w);
        sql("INSERT INTO profile_histogram (profile_id, question_key, answer, n) SELECT r.profile_id, a.question_key, "
                + "a.answer, COUNT(*) FROM response r JOIN response_answer a ON a.response_id = r.id WHERE r.wave_id = " + w
                + " GROUP BY 1, 2, 3");
        sql("ANALYZE");
        System.out.printf("seeded wave %d: %d responses in %d ms%n", waveCount, responses, (System.nanoTime() - start) / 1_000_000);
        return id;
    }

    void sql(String statement) throws SQLException {
        try (Connection c = Jdbc.connect(properties); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
