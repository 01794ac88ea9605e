package org.barometer.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import org.barometer.access.Roles;

import java.net.URI;

/** The service's root leads a signed-in reader to the dashboard (a stranger goes to the sign-in page first). */
@Controller
@Secured({Roles.ADMIN, Roles.HR, Roles.VIEWER})
@Produces(MediaType.TEXT_HTML)
class HomeController {

    @Get
    HttpResponse<?> home() {
        return HttpResponse.seeOther(URI.create("/hr"));
    }
}
