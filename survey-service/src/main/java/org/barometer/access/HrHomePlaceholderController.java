package org.barometer.access;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/**
 * PLACEHOLDER until the pages branch brings the real dashboard at {@code /hr}: where a sign-in lands,
 * so that login and logout can be tested end to end. Delete this file when merging the pages branch.
 */
@Controller("/hr")
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@Produces(MediaType.TEXT_HTML)
class HrHomePlaceholderController {

    @Get
    ModelAndView<Map<String, Object>> home(Authentication user) {
        return new ModelAndView<>("access/hr-placeholder", Map.of("user", user.getName()));
    }
}
