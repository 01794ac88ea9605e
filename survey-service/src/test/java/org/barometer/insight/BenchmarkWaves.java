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
 * response, random answers on the template's 1–5 scales, and the live counters the submissions
 * would have kept. Shared by {@link InsightBenchmark} and {@link ReportBenchmark}.
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
        // Person i (1..invited) answers unless i % 11 = 0; team i % 50, department team % 5.
        String people = "FROM generate_series(1, " + invited + ") i ";
        String answered = people + "WHERE i % 11 <> 0 ";
        sql("INSERT INTO invitation (id, wave_id, employee_id, locale, responded) "
                + "SELECT md5(" + w + " || 'i' || i)::uuid, " + w + ", md5('e' || i)::uuid, 'en', i % 11 <> 0 " + people);
        sql("INSERT INTO invitation_attribute (invitation_id, name, attr_value) "
                + "SELECT md5(" + w + " || 'i' || i)::uuid, a.name, CASE a.name WHEN 'team' THEN 'team-' || (i % " + teams
                + ") ELSE 'dept-' || (i % " + teams + " % 5) END " + people + "CROSS JOIN (VALUES ('team'), ('department')) a(name)");
        sql("INSERT INTO response (id, wave_id, comment_text) SELECT md5(" + w + " || 'r' || i)::uuid, " + w + ", NULL "
                + answered);
        sql("INSERT INTO response_answer (response_id, question_key, answer) "
                + "SELECT md5(" + w + " || 'r' || i)::uuid, q.key, 1 + floor(random() * 5)::int " + answered.replace("WHERE",
                "CROSS JOIN (VALUES " + String.join(", ", Arrays.stream(QUESTIONS).map(q -> "('" + q + "')").toList())
                        + ") q(key) WHERE"));
        sql("INSERT INTO response_attribute (response_id, name, attr_value) "
                + "SELECT md5(" + w + " || 'r' || i)::uuid, a.name, CASE a.name WHEN 'team' THEN 'team-' || (i % " + teams
                + ") ELSE 'dept-' || (i % " + teams + " % 5) END " + answered.replace("WHERE",
                "CROSS JOIN (VALUES ('team'), ('department')) a(name) WHERE"));
        // What the submissions' upserts into the live counters would have left: each response in
        // the whole wave and in each of its attributes, counted in one slot of the eight.
        sql("INSERT INTO wave_live_histogram (wave_id, segment_name, segment_value, question_key, answer, slot, n) "
                + "SELECT r.wave_id, s.name, s.value, a.question_key, a.answer, abs(hashtext(r.id::text)) % 8, count(*) "
                + "FROM response r JOIN response_answer a ON a.response_id = r.id "
                + "CROSS JOIN LATERAL (SELECT '' AS name, '' AS value UNION ALL "
                + "SELECT name, attr_value FROM response_attribute WHERE response_id = r.id) s "
                + "WHERE r.wave_id = " + w + " GROUP BY 1, 2, 3, 4, 5, 6");
        // What opening the wave and the submissions would have left in the participation counters.
        String participation = "INSERT INTO wave_live_participation (wave_id, cut_name, cut_value, other_name, "
                + "other_value, slot, invited, responded) ";
        String counts = "COUNT(*), SUM(CASE WHEN i.responded THEN 1 ELSE 0 END) FROM invitation i ";
        sql(participation + "SELECT i.wave_id, '', '', '', '', 0, " + counts + "WHERE i.wave_id = " + w
                + " GROUP BY i.wave_id");
        sql(participation + "SELECT i.wave_id, a.name, a.attr_value, '', '', 0, " + counts
                + "JOIN invitation_attribute a ON a.invitation_id = i.id WHERE i.wave_id = " + w
                + " GROUP BY i.wave_id, a.name, a.attr_value");
        sql(participation + "SELECT i.wave_id, a.name, a.attr_value, b.name, b.attr_value, 0, " + counts
                + "JOIN invitation_attribute a ON a.invitation_id = i.id "
                + "JOIN invitation_attribute b ON b.invitation_id = i.id AND b.name <> a.name WHERE i.wave_id = " + w
                + " GROUP BY i.wave_id, a.name, a.attr_value, b.name, b.attr_value");
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
