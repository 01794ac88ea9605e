package org.barometer.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** The sign-in page. The form posts to Micronaut Security's own {@code POST /login}. */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class LoginPageController {

    private final LoginPage page;

    LoginPageController(LoginPage page) {
        this.page = page;
    }

    @Get
    ModelAndView<Map<String, Object>> page(HttpRequest<?> request, @Nullable @QueryValue String lang,
                                           @Nullable @QueryValue String error, @Nullable @QueryValue String out) {
        return page.of(request, lang, error != null, out != null, null);
    }
}
