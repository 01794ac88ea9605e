package org.barometer.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Accounts of the dashboard and API, for administrators. */
@Controller("/api/v1/users")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

    private final UserAdmin admin;

    UserController(UserAdmin admin) {
        this.admin = admin;
    }

    @Get
    List<UserView> list() {
        return admin.list();
    }

    @Post
    @Status(HttpStatus.CREATED)
    UserView create(@Body NewUser user) {
        return admin.create(user.email(), user.role(), user.password());
    }

    @Post("/{id}/role")
    UserView role(UUID id, @Body RoleChange change, Authentication me) {
        return admin.changeRole(id, change.role(), me.getName());
    }

    @Post("/{id}/disable")
    UserView disable(UUID id, Authentication me) {
        return admin.setDisabled(id, true, me.getName());
    }

    @Post("/{id}/enable")
    UserView enable(UUID id, Authentication me) {
        return admin.setDisabled(id, false, me.getName());
    }

    @Post("/{id}/password")
    HttpResponse<UserView> password(UUID id, @Body PasswordReset reset) {
        return HttpResponse.ok(admin.resetPassword(id, reset.password()));
    }

    @Serdeable
    record NewUser(@Nullable String email, @Nullable String role, @Nullable String password) {
    }

    @Serdeable
    record RoleChange(@Nullable String role) {
    }

    @Serdeable
    record PasswordReset(@Nullable String password) {
    }
}
