package org.barometer.survey;

import jakarta.inject.Singleton;
import org.barometer.analytics.anonymity.Generalisation;
import org.jooq.DSLContext;
import org.jooq.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.barometer.jooq.Tables.WAVE_PROFILE;
import static org.barometer.jooq.Tables.WAVE_PROFILE_ATTRIBUTE;
import static org.barometer.jooq.Tables.WAVE_SEGMENT;

/**
 * The profiles of a wave: the attribute tuples its answers are stored with, each shared by at
 * least k invitees (analytics' {@link Generalisation}), so that no stored answer names its author
 * by a rare combination. Created when the wave opens; a newcomer (invite-new) joins the most
 * specific profile they match, or widens the closest one until they match it. The invitation keeps
 * its profile's id; the full tuple of a person is kept nowhere with the wave. Callers run inside
 * their own transaction.
 */
@Singleton
public class WaveProfiles {

    private static final int CHUNK = 1000;
    private final DSLContext db;

    WaveProfiles(DSLContext db) {
        this.db = db;
    }

    /**
     * Generalises the invitees' tuples, writes the profiles (with their invited counts) and the
     * wave's segment values.
     *
     * @param people each invitee's full tuple, by invitation id
     * @return the profile of each invitation
     */
    Map<UUID, UUID> create(UUID waveId, int k, Map<UUID, Map<String, String>> people) {
        Map<Map<String, String>, Long> counts = new HashMap<>();
        people.values().forEach(tuple -> counts.merge(tuple, 1L, Long::sum));
        Generalisation generalisation = Generalisation.of(k, counts);
        Map<Map<String, String>, UUID> ids = new HashMap<>();
        List<Query> writes = new ArrayList<>();
        generalisation.classes().forEach((tuple, invited) -> {
            UUID id = UUID.randomUUID();
            ids.put(tuple, id);
            writes.add(db.insertInto(WAVE_PROFILE, WAVE_PROFILE.ID, WAVE_PROFILE.WAVE_ID, WAVE_PROFILE.INVITED,
                    WAVE_PROFILE.RESPONDED).values(id, waveId, invited.intValue(), 0));
            tuple.forEach((name, value) -> writes.add(db.insertInto(WAVE_PROFILE_ATTRIBUTE, WAVE_PROFILE_ATTRIBUTE.PROFILE_ID,
                    WAVE_PROFILE_ATTRIBUTE.NAME, WAVE_PROFILE_ATTRIBUTE.ATTR_VALUE).values(id, name, value)));
        });
        execute(writes);
        countSegments(waveId, people.values());
        Map<UUID, UUID> profiles = new HashMap<>();
        people.forEach((invitation, tuple) -> profiles.put(invitation, ids.get(generalisation.storedTuple(tuple))));
        return profiles;
    }

    /**
     * Places newcomers of an open wave among its profiles, widening one (dropping the attributes
     * it does not share with the newcomer) when none matches, and counts them as invited.
     *
     * @param people each newcomer's full tuple, by invitation id
     * @return the profile of each invitation
     */
    Map<UUID, UUID> place(UUID waveId, Map<UUID, Map<String, String>> people) {
        Map<UUID, Map<String, String>> profiles = profilesOf(waveId);
        Map<UUID, UUID> placed = new HashMap<>();
        Map<UUID, Integer> invited = new HashMap<>();
        people.forEach((invitation, tuple) -> {
            UUID profile = placement(profiles, tuple);
            placed.put(invitation, profile);
            invited.merge(profile, 1, Integer::sum);
        });
        List<Query> writes = new ArrayList<>();
        invited.forEach((profile, n) -> writes.add(db.update(WAVE_PROFILE).set(WAVE_PROFILE.INVITED, WAVE_PROFILE.INVITED.plus(n))
                .where(WAVE_PROFILE.ID.eq(profile))));
        execute(writes);
        countSegments(waveId, people.values());
        return placed;
    }

    /** How many the wave invited, all profiles together. */
    long invited(UUID waveId) {
        return db.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.sum(WAVE_PROFILE.INVITED), java.math.BigDecimal.ZERO))
                .from(WAVE_PROFILE).where(WAVE_PROFILE.WAVE_ID.eq(waveId)).fetchSingle().value1().longValue();
    }

    /** A profile's tuple (the groups an answer given with it is counted in). */
    public Map<String, String> tuple(UUID profileId) {
        return new TreeMap<>(db.select(WAVE_PROFILE_ATTRIBUTE.NAME, WAVE_PROFILE_ATTRIBUTE.ATTR_VALUE).from(WAVE_PROFILE_ATTRIBUTE)
                .where(WAVE_PROFILE_ATTRIBUTE.PROFILE_ID.eq(profileId)).fetchMap(WAVE_PROFILE_ATTRIBUTE.NAME,
                        WAVE_PROFILE_ATTRIBUTE.ATTR_VALUE));
    }

    private UUID placement(Map<UUID, Map<String, String>> profiles, Map<String, String> tuple) {
        var match = Generalisation.placement(tuple, profiles.values());
        if (match.isPresent()) {
            return idOf(profiles, match.get());
        }
        var widening = Generalisation.widening(tuple, profiles.values())
                .orElseThrow(() -> new IllegalStateException("An open wave without profiles"));
        UUID id = idOf(profiles, widening.getKey());
        db.deleteFrom(WAVE_PROFILE_ATTRIBUTE).where(WAVE_PROFILE_ATTRIBUTE.PROFILE_ID.eq(id))
                .and(WAVE_PROFILE_ATTRIBUTE.NAME.notIn(widening.getValue().keySet())).execute();
        profiles.put(id, widening.getValue());
        return id;
    }

    private static UUID idOf(Map<UUID, Map<String, String>> profiles, Map<String, String> tuple) {
        return profiles.entrySet().stream().filter(e -> e.getValue().equals(tuple)).map(Map.Entry::getKey)
                .sorted().findFirst().orElseThrow();
    }

    private Map<UUID, Map<String, String>> profilesOf(UUID waveId) {
        Map<UUID, Map<String, String>> profiles = new HashMap<>();
        db.select(WAVE_PROFILE.ID).from(WAVE_PROFILE).where(WAVE_PROFILE.WAVE_ID.eq(waveId))
                .forEach(r -> profiles.put(r.value1(), new TreeMap<>()));
        db.select(WAVE_PROFILE_ATTRIBUTE.PROFILE_ID, WAVE_PROFILE_ATTRIBUTE.NAME, WAVE_PROFILE_ATTRIBUTE.ATTR_VALUE)
                .from(WAVE_PROFILE_ATTRIBUTE).join(WAVE_PROFILE).on(WAVE_PROFILE.ID.eq(WAVE_PROFILE_ATTRIBUTE.PROFILE_ID))
                .where(WAVE_PROFILE.WAVE_ID.eq(waveId))
                .forEach(r -> profiles.get(r.value1()).put(r.value2(), r.value3()));
        return profiles;
    }

    /** Adds the people's values to the wave's segment counts. */
    private void countSegments(UUID waveId, Iterable<Map<String, String>> tuples) {
        Map<Map.Entry<String, String>, Integer> values = new HashMap<>();
        tuples.forEach(t -> t.forEach((name, value) -> values.merge(Map.entry(name, value), 1, Integer::sum)));
        var s = WAVE_SEGMENT;
        List<Query> writes = new ArrayList<>();
        values.forEach((value, n) -> writes.add(db.insertInto(s, s.WAVE_ID, s.NAME, s.ATTR_VALUE, s.INVITED)
                .values(waveId, value.getKey(), value.getValue(), n)
                .onConflict(s.WAVE_ID, s.NAME, s.ATTR_VALUE).doUpdate().set(s.INVITED, s.INVITED.plus(n))));
        execute(writes);
    }

    private void execute(List<Query> writes) {
        for (int from = 0; from < writes.size(); from += CHUNK) {
            db.batch(writes.subList(from, Math.min(writes.size(), from + CHUNK))).execute();
        }
    }
}
