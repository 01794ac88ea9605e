package org.barometer.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.barometer.access.HrAccounts;
import org.barometer.access.Roles;
import org.barometer.directory.EmployeeImporter;
import org.barometer.directory.EmployeeRepository;
import org.barometer.survey.WaveRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.Optional;

/**
 * Demo mode ({@code BAROMETER_DEMO=true} or {@code --demo}): on a database that holds no employee
 * and no wave, seeds a fictitious organisation of 300 people with a year of quarterly waves (see
 * {@link DemoHistory}) and an HR account whose password it prints once. On any later start, or on a
 * database already in use, it does nothing.
 */
@Singleton
@Requires(property = "barometer.demo", value = "true")
class DemoSeeder {

    static final long SEED = 2026;
    static final int PEOPLE = 300;
    static final int TEAMS = 12;
    static final String HR_EMAIL = "hr@demo.example";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final EmployeeRepository employees;
    private final WaveRepository waves;
    private final EmployeeImporter importer;
    private final HrAccounts accounts;
    private final DemoHistory history;
    private final TransactionOperations<Connection> tx;

    DemoSeeder(EmployeeRepository employees, WaveRepository waves, EmployeeImporter importer, HrAccounts accounts,
               DemoHistory history, TransactionOperations<Connection> tx) {
        this.employees = employees;
        this.waves = waves;
        this.importer = importer;
        this.accounts = accounts;
        this.history = history;
        this.tx = tx;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        seed().ifPresent(password -> System.out.println("""
                ================================================================
                 Demo data: %d employees in %d teams, four closed quarterly
                 waves and one open. Sign in as HR:
                   user:     %s
                   password: %s
                ================================================================""".formatted(PEOPLE, TEAMS,
                HR_EMAIL, password)));
    }

    /** @return the HR password when this call seeded the demo; empty when the database was already in use */
    Optional<String> seed() {
        boolean empty = tx.executeRead(status -> employees.count() == 0 && waves.count() == 0);
        if (!empty) {
            LOG.info("Demo mode: the database already holds employees or waves; nothing seeded");
            return Optional.empty();
        }
        long start = System.nanoTime();
        DemoOrganisation organisation = DemoOrganisation.generate(SEED, PEOPLE, TEAMS);
        importer.importCsv(organisation.csv(), false);
        history.play(organisation, new DemoAnswers(SEED), SEED);
        Optional<String> password = accounts.createWithGeneratedPassword(HR_EMAIL, Roles.HR);
        LOG.info("Demo mode: organisation and five waves seeded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return password;
    }
}
