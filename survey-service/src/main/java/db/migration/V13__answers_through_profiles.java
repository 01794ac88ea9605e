package db.migration;

import org.barometer.analytics.anonymity.Generalisation;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Moves the waves stored before profiles existed onto them (V12, V14): each wave's invitees are
 * generalised as an opening now does (analytics' Generalisation), its answers are tallied per
 * profile, and its responses are written anew under fresh random ids, in a random order, in this
 * one transaction, so that neither their ids, their physical order nor their transaction id says
 * any longer in which order, or with which invitation, they were given. Plain JDBC on both
 * databases: the jOOQ classes are generated for the schema after V14, where the copies read here
 * no longer exist.
 */
public class V13__answers_through_profiles extends BaseJavaMigration {

    private static final int BATCH = 1000;
    private final SecureRandom random = new SecureRandom();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Map<UUID, Integer> waves = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, anonymity_threshold FROM wave WHERE id IN (SELECT wave_id FROM invitation) ORDER BY created_at");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                waves.put(r.getObject(1, UUID.class), r.getInt(2));
            }
        }
        for (var wave : waves.entrySet()) {
            migrateWave(c, wave.getKey(), wave.getValue());
        }
    }

    private void migrateWave(Connection c, UUID waveId, int k) throws SQLException {
        Map<UUID, Map<String, String>> invitations = tuples(c, waveId,
                "SELECT i.id, a.name, a.attr_value FROM invitation i LEFT JOIN invitation_attribute a ON a.invitation_id = i.id WHERE i.wave_id = ?");
        Map<Map<String, String>, Long> people = new HashMap<>();
        invitations.values().forEach(t -> people.merge(t, 1L, Long::sum));
        Generalisation generalisation = Generalisation.of(k, people);
        Map<Map<String, String>, UUID> profiles = new HashMap<>();
        generalisation.classes().keySet().forEach(tuple -> profiles.put(tuple, UUID.randomUUID()));

        List<Response> responses = responses(c, waveId);
        Map<UUID, Long> responded = new HashMap<>();
        Map<UUID, Map<String, Map<Integer, Integer>>> histograms = new HashMap<>();
        for (Response response : responses) {
            // A response holds a copy of its invitation's attributes, so it is among the people;
            // anything else (an invitation removed since) goes where a newcomer would.
            Map<String, String> tuple = people.containsKey(response.tuple) ? generalisation.storedTuple(response.tuple)
                    : Generalisation.placement(response.tuple, profiles.keySet()).orElse(Map.of());
            UUID profile = profiles.computeIfAbsent(tuple, t -> UUID.randomUUID());
            response.profile = profile;
            responded.merge(profile, 1L, Long::sum);
            response.answers.forEach((q, a) -> histograms.computeIfAbsent(profile, p -> new TreeMap<>())
                    .computeIfAbsent(q, x -> new TreeMap<>()).merge(a, 1, Integer::sum));
        }
        writeProfiles(c, waveId, generalisation, profiles, responded);
        writeInvitations(c, invitations, generalisation, profiles);
        writeSegments(c, waveId, invitations);
        rewriteResponses(c, waveId, responses);
        writeHistograms(c, histograms);
    }

    private static Map<UUID, Map<String, String>> tuples(Connection c, UUID waveId, String sql) throws SQLException {
        Map<UUID, Map<String, String>> tuples = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, waveId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Map<String, String> tuple = tuples.computeIfAbsent(r.getObject(1, UUID.class), id -> new TreeMap<>());
                    if (r.getString(2) != null) {
                        tuple.put(r.getString(2), r.getString(3));
                    }
                }
            }
        }
        return tuples;
    }

    private static final class Response {
        final String comment;
        final Map<String, Integer> answers = new TreeMap<>();
        Map<String, String> tuple = Map.of();
        UUID profile;

        Response(String comment) {
            this.comment = comment;
        }
    }

    private static List<Response> responses(Connection c, UUID waveId) throws SQLException {
        Map<UUID, Response> byId = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, comment_text FROM response WHERE wave_id = ?")) {
            s.setObject(1, waveId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byId.put(r.getObject(1, UUID.class), new Response(r.getString(2)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT a.response_id, a.question_key, a.answer FROM response_answer a "
                + "JOIN response r ON r.id = a.response_id WHERE r.wave_id = ?")) {
            s.setObject(1, waveId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byId.get(r.getObject(1, UUID.class)).answers.put(r.getString(2), r.getInt(3));
                }
            }
        }
        tuples(c, waveId, "SELECT r.id, a.name, a.attr_value FROM response r LEFT JOIN response_attribute a "
                + "ON a.response_id = r.id WHERE r.wave_id = ?").forEach((id, tuple) -> byId.get(id).tuple = tuple);
        return new ArrayList<>(byId.values());
    }

    private static void writeProfiles(Connection c, UUID waveId, Generalisation generalisation,
                                      Map<Map<String, String>, UUID> profiles, Map<UUID, Long> responded) throws SQLException {
        try (PreparedStatement profile = c.prepareStatement(
                "INSERT INTO wave_profile (id, wave_id, invited, responded) VALUES (?, ?, ?, ?)");
             PreparedStatement attribute = c.prepareStatement(
                     "INSERT INTO wave_profile_attribute (profile_id, name, attr_value) VALUES (?, ?, ?)")) {
            for (var entry : profiles.entrySet()) {
                profile.setObject(1, entry.getValue());
                profile.setObject(2, waveId);
                profile.setLong(3, generalisation.classes().getOrDefault(entry.getKey(), 0L));
                profile.setLong(4, responded.getOrDefault(entry.getValue(), 0L));
                profile.addBatch();
                for (var value : entry.getKey().entrySet()) {
                    attribute.setObject(1, entry.getValue());
                    attribute.setString(2, value.getKey());
                    attribute.setString(3, value.getValue());
                    attribute.addBatch();
                }
            }
            profile.executeBatch();
            attribute.executeBatch();
        }
    }

    private static void writeInvitations(Connection c, Map<UUID, Map<String, String>> invitations,
                                         Generalisation generalisation, Map<Map<String, String>, UUID> profiles)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE invitation SET profile_id = ? WHERE id = ?")) {
            int pending = 0;
            for (var entry : invitations.entrySet()) {
                s.setObject(1, profiles.get(generalisation.storedTuple(entry.getValue())));
                s.setObject(2, entry.getKey());
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            s.executeBatch();
        }
    }

    private static void writeSegments(Connection c, UUID waveId, Map<UUID, Map<String, String>> invitations)
            throws SQLException {
        Map<Map.Entry<String, String>, Integer> values = new TreeMap<>(Map.Entry.<String, String>comparingByKey()
                .thenComparing(Map.Entry.comparingByValue()));
        invitations.values().forEach(t -> t.entrySet().forEach(e -> values.merge(Map.entry(e.getKey(), e.getValue()), 1, Integer::sum)));
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO wave_segment (wave_id, name, attr_value, invited) VALUES (?, ?, ?, ?)")) {
            for (var value : values.entrySet()) {
                s.setObject(1, waveId);
                s.setString(2, value.getKey().getKey());
                s.setString(3, value.getKey().getValue());
                s.setInt(4, value.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The wave's responses deleted (answers and copied attributes go with them) and written anew, shuffled. */
    private void rewriteResponses(Connection c, UUID waveId, List<Response> responses) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM response WHERE wave_id = ?")) {
            s.setObject(1, waveId);
            s.executeUpdate();
        }
        Collections.shuffle(responses, random);
        try (PreparedStatement response = c.prepareStatement(
                "INSERT INTO response (id, wave_id, profile_id, comment_text) VALUES (?, ?, ?, ?)");
             PreparedStatement answer = c.prepareStatement(
                     "INSERT INTO response_answer (response_id, question_key, answer) VALUES (?, ?, ?)")) {
            int pending = 0;
            for (Response r : responses) {
                UUID id = UUID.randomUUID();
                response.setObject(1, id);
                response.setObject(2, waveId);
                response.setObject(3, r.profile);
                response.setString(4, r.comment);
                response.addBatch();
                for (var a : r.answers.entrySet()) {
                    answer.setObject(1, id);
                    answer.setString(2, a.getKey());
                    answer.setInt(3, a.getValue());
                    answer.addBatch();
                }
                if (++pending == BATCH) {
                    response.executeBatch();
                    answer.executeBatch();
                    pending = 0;
                }
            }
            response.executeBatch();
            answer.executeBatch();
        }
    }

    private static void writeHistograms(Connection c, Map<UUID, Map<String, Map<Integer, Integer>>> histograms)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO profile_histogram (profile_id, question_key, answer, n) VALUES (?, ?, ?, ?)")) {
            for (var profile : histograms.entrySet()) {
                for (var question : profile.getValue().entrySet()) {
                    for (var bin : question.getValue().entrySet()) {
                        s.setObject(1, profile.getKey());
                        s.setString(2, question.getKey());
                        s.setInt(3, bin.getKey());
                        s.setInt(4, bin.getValue());
                        s.addBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }
}
