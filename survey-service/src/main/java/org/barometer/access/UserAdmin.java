package org.barometer.access;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.barometer.system.ProblemException;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Account administration: create with a role, change the role, disable or enable, set a new
 * password. Every change is audited. An admin cannot disable or demote their own account, so an
 * installation always keeps someone who can administer it.
 */
@Singleton
class UserAdmin {

    static final int MIN_PASSWORD = 12;
    private static final Set<String> ROLES = Set.of(Roles.ADMIN, Roles.HR, Roles.VIEWER);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final HrUserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final ApplicationEventPublisher<AuditEvent> audit;

    UserAdmin(HrUserRepository users, PasswordHasher hasher, Clock clock, ApplicationEventPublisher<AuditEvent> audit) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.audit = audit;
    }

    List<UserView> list() {
        return users.listOrderByEmail().stream().map(UserView::of).toList();
    }

    @Transactional
    UserView create(@Nullable String email, @Nullable String role, @Nullable String password) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(normalised).matches() || normalised.length() > 320) {
            throw ProblemException.badRequest("email must be an email address, such as jane.doe@example.com.");
        }
        String checkedRole = checkRole(role);
        checkPassword(password);
        if (users.findByEmail(normalised).isPresent()) {
            throw ProblemException.conflict("An account for " + normalised + " already exists.");
        }
        HrUser user = users.save(new HrUser(UUID.randomUUID(), normalised, hasher.hash(password), checkedRole,
                clock.instant(), false));
        audit.publishEvent(new AuditEvent("user.create", normalised + " as " + checkedRole));
        return UserView.of(user);
    }

    @Transactional
    UserView changeRole(UUID id, @Nullable String role, String actor) {
        HrUser user = find(id);
        String checkedRole = checkRole(role);
        if (user.email().equals(actor) && !Roles.ADMIN.equals(checkedRole)) {
            throw ProblemException.conflict("You cannot take the ADMIN role away from your own account.");
        }
        audit.publishEvent(new AuditEvent("user.role", user.email() + " from " + user.role() + " to " + checkedRole));
        return UserView.of(users.update(user.withRole(checkedRole)));
    }

    @Transactional
    UserView setDisabled(UUID id, boolean disabled, String actor) {
        HrUser user = find(id);
        if (disabled && user.email().equals(actor)) {
            throw ProblemException.conflict("You cannot disable your own account.");
        }
        audit.publishEvent(new AuditEvent(disabled ? "user.disable" : "user.enable", user.email()));
        return UserView.of(users.update(user.withDisabled(disabled)));
    }

    @Transactional
    UserView resetPassword(UUID id, @Nullable String password) {
        HrUser user = find(id);
        checkPassword(password);
        audit.publishEvent(new AuditEvent("user.password", user.email()));
        return UserView.of(users.update(user.withPasswordHash(hasher.hash(password))));
    }

    private HrUser find(UUID id) {
        return users.findById(id).orElseThrow(() -> ProblemException.notFound("No account with id " + id + "."));
    }

    private static String checkRole(@Nullable String role) {
        String upper = role == null ? "" : role.trim().toUpperCase(Locale.ROOT);
        if (!ROLES.contains(upper)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "role must be one of ADMIN, HR, VIEWER.");
        }
        return upper;
    }

    private static void checkPassword(@Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw ProblemException.badRequest("password must have at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > 72) {
            // BCrypt reads only the first 72 bytes: a longer password would be silently cut.
            throw ProblemException.badRequest("password must have at most 72 characters.");
        }
    }
}
