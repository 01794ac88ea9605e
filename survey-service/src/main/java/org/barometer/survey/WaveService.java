package org.barometer.survey;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.barometer.directory.Employee;
import org.barometer.directory.EmployeeAttributes;
import org.barometer.directory.EmployeeRepository;
import org.barometer.system.ProblemException;
import org.barometer.system.Text;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The life of a wave: DRAFT → OPEN (questions frozen, its audience invited) → CLOSED. */
@Singleton
public class WaveService {

    static final String DEFAULT_TEMPLATE = "wellbeing-barometer";

    private final WaveRepository waves;
    private final InvitationRepository invitations;
    private final WaveProfiles profiles;
    private final EmployeeRepository employees;
    private final EmployeeAttributes employeeAttributes;
    private final QuestionSets questionSets;
    private final ApplicationEventPublisher<WaveOpened> opened;
    private final ApplicationEventPublisher<WaveClosed> closed;
    private final ApplicationEventPublisher<NewcomersInvited> newcomers;
    private final Audiences audiences;
    private final ThresholdRange thresholds;
    private final Clock clock;

    WaveService(WaveRepository waves, InvitationRepository invitations, WaveProfiles profiles,
                EmployeeRepository employees, EmployeeAttributes employeeAttributes, QuestionSets questionSets,
                ApplicationEventPublisher<WaveOpened> opened, ApplicationEventPublisher<WaveClosed> closed,
                ApplicationEventPublisher<NewcomersInvited> newcomers, Audiences audiences, ThresholdRange thresholds,
                Clock clock) {
        this.waves = waves;
        this.invitations = invitations;
        this.profiles = profiles;
        this.employees = employees;
        this.employeeAttributes = employeeAttributes;
        this.questionSets = questionSets;
        this.opened = opened;
        this.closed = closed;
        this.newcomers = newcomers;
        this.audiences = audiences;
        this.thresholds = thresholds;
        this.clock = clock;
    }

    /** @param threshold {@code null} for the usual one; else within {@link ThresholdRange} (400 otherwise) */
    @Transactional
    public Wave create(String label, String template, Instant closesAt, Integer threshold) {
        int k = threshold == null ? thresholds.usual() : threshold;
        thresholds.check("anonymityThreshold", k);
        String key = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template.trim();
        questionSets.yamlOf(key);
        Instant now = clock.instant();
        if (closesAt != null && !closesAt.isAfter(now)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, Text.of("wave.closes-past", closesAt));
        }
        return waves.save(new Wave(UUID.randomUUID(), label.trim(), key, WaveStatus.DRAFT,
                k, closesAt, null, null, null, now));
    }

    /**
     * Freezes the questions, invites every active employee of the wave's audience (copying their
     * segment attributes) and queues the emails, all in one transaction.
     *
     * @return the number invited
     */
    @Transactional
    public int open(UUID waveId) {
        Wave wave = get(waveId);
        Instant now = clock.instant();
        if (wave.closesAt() != null && !wave.closesAt().isAfter(now)) {
            throw new ProblemException(HttpStatus.CONFLICT, Text.of("wave.open.closes-past", wave.closesAt()));
        }
        String frozen = questionSets.yamlOf(wave.templateKey());
        if (waves.markOpen(waveId, now, frozen) == 0) {
            throw refused("wave.open.status", wave);
        }
        Map<UUID, Map<String, String>> attributes = employeeAttributes.all();
        List<Employee> audience = invitees(waveId, attributes, Set.of());
        if (audience.isEmpty()) {
            throw new ProblemException(HttpStatus.CONFLICT, Text.of(audiences.ofWave(waveId).isEveryone()
                    ? "wave.open.nobody" : "wave.open.nobody-in-audience"));
        }
        List<UUID> created = invite(wave, audience, attributes, true);
        opened.publishEvent(new WaveOpened(waveId, created));
        return created.size();
    }

    /**
     * Invites the active employees who have no invitation to this open wave yet (people hired or
     * reactivated since it opened), copying their segment attributes and queueing their emails in
     * one transaction. The wave's row stays locked meanwhile, so a second call waits and finds nobody new.
     *
     * @return the number invited
     */
    @Transactional
    public int inviteNew(UUID waveId) {
        Wave wave = waves.findByIdForUpdate(waveId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, Text.of("wave.not-found", waveId)));
        if (wave.status() != WaveStatus.OPEN) {
            throw refused("wave.invite.status", wave);
        }
        Set<UUID> invited = new HashSet<>(invitations.findEmployeeIdByWaveId(waveId));
        Map<UUID, Map<String, String>> attributes = employeeAttributes.all();
        List<Employee> audience = invitees(waveId, attributes, invited);
        if (audience.isEmpty()) {
            return 0;
        }
        List<UUID> created = invite(wave, audience, attributes, false);
        newcomers.publishEvent(new NewcomersInvited(waveId, created));
        return created.size();
    }

    /** The active employees the wave's frozen audience includes, but those in {@code already}. */
    private List<Employee> invitees(UUID waveId, Map<UUID, Map<String, String>> attributes, Set<UUID> already) {
        Audience audience = audiences.ofWave(waveId);
        return employees.findByActiveTrue().stream()
                .filter(e -> !already.contains(e.id()))
                .filter(e -> audience.includes(attributes.getOrDefault(e.id(), Map.of())))
                .toList();
    }

    /**
     * Creates the invitations of {@code audience}, each with the profile its answer will be stored
     * with: the wave's profiles are made from the whole audience at opening, newcomers are placed
     * among them. Returns the invitations' ids.
     */
    private List<UUID> invite(Wave wave, List<Employee> audience, Map<UUID, Map<String, String>> attributes,
                              boolean opening) {
        Map<UUID, Employee> byInvitation = new LinkedHashMap<>();
        Map<UUID, Map<String, String>> tuples = new HashMap<>();
        for (Employee employee : audience) {
            UUID id = UUID.randomUUID();
            byInvitation.put(id, employee);
            tuples.put(id, attributes.getOrDefault(employee.id(), Map.of()));
        }
        Map<UUID, UUID> profileOf = opening ? profiles.create(wave.id(), wave.anonymityThreshold(), tuples)
                : profiles.place(wave.id(), tuples);
        List<Invitation> created = new ArrayList<>(audience.size());
        byInvitation.forEach((id, employee) -> created.add(
                new Invitation(id, wave.id(), employee.id(), employee.locale(), false, profileOf.get(id))));
        invitations.saveAll(created);
        return List.copyOf(byInvitation.keySet());
    }

    @Transactional
    public void close(UUID waveId) {
        Wave wave = get(waveId);
        if (waves.markClosed(waveId, clock.instant()) == 0) {
            throw refused("wave.close.status", wave);
        }
        closed.publishEvent(new WaveClosed(waveId));
    }

    /** Closes every open wave whose closing date has passed; returns those this call closed. */
    @Transactional
    public List<Wave> closeDue() {
        List<Wave> closedNow = new ArrayList<>();
        for (UUID id : waves.findOpenDueBefore(clock.instant())) {
            if (waves.markClosed(id, clock.instant()) > 0) {
                closed.publishEvent(new WaveClosed(id));
                closedNow.add(get(id));
            }
        }
        return closedNow;
    }

    /** 409: the wave's status forbids the action; the status is said in the reader's words. */
    private static ProblemException refused(String key, Wave wave) {
        return new ProblemException(HttpStatus.CONFLICT, Text.of(key, wave.label(), Text.of("wave.status." + wave.status())));
    }

    @Transactional(readOnly = true)
    public Wave get(UUID waveId) {
        return waves.findById(waveId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, Text.of("wave.not-found", waveId)));
    }

    @Transactional(readOnly = true)
    public List<Wave> list() {
        return waves.findAllOrderByCreatedAtDesc();
    }

    /** How many the wave invited: the audience HR chose (its profiles' counts outlive the invitations). */
    @Transactional(readOnly = true)
    public long invited(UUID waveId) {
        return profiles.invited(waveId);
    }
}
