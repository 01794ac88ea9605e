package org.barometer.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import org.barometer.access.Roles;
import org.barometer.system.ProblemException;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every HR page's layout ({@code views/hr/layout.html}) needs: the texts in the reader's
 * language, the link to the other language, and the navigation this reader's role may use
 * (a VIEWER sees results only; an ADMIN also users and audit).
 */
@Singleton
public final class HrFrame {

    /** One entry of the header navigation. */
    public record NavItem(String href, String label, boolean current) {
    }

    private static final List<String> RESULTS = List.of("overview", "trends", "heatmap", "distribution", "comments");
    private static final List<String> MANAGEMENT = List.of("staff", "waves", "programs");
    private static final List<String> ADMINISTRATION = List.of("users", "audit", "anonymity");

    private final HrTexts texts;
    private final String defaultLocale;

    HrFrame(HrTexts texts, @Value("${barometer.default-locale:fr}") String defaultLocale) {
        this.texts = texts;
        this.defaultLocale = defaultLocale;
    }

    /** The texts of the page this request shows. */
    public PageText text(HttpRequest<?> request) {
        return texts.forLanguage(HrLanguage.of(request, defaultLocale));
    }

    /**
     * @param current the navigation key of this page ({@code overview}, {@code staff}…)
     * @return a mutable model holding {@code t}, {@code lang}, {@code title} and the layout's entries
     */
    public Map<String, Object> model(HttpRequest<?> request, Authentication user, String current) {
        PageText t = text(request);
        String other = "fr".equals(t.lang()) ? "en" : "fr";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", t);
        model.put("lang", t.lang());
        model.put("otherLang", other);
        // After a form post, the switch leads to the page itself: the post's address cannot be fetched.
        URI here = request.getMethod() == HttpMethod.GET ? request.getUri() : URI.create(href(current));
        model.put("langHref", UriBuilder.of(here).replaceQueryParam("lang", other).build().toString());
        model.put("title", t.get("nav." + current));
        model.put("nav", navigation(t, user == null ? List.of() : user.getRoles(), current));
        model.put("canManage", canManage(user));
        model.put("userName", user == null ? "" : user.getName());
        return model;
    }

    /**
     * A page asked with a query it cannot show (a wave id that is none, a page number that is no
     * number): the frame, what to fix in the reader's language and a link to the page without the
     * query, with the refusal's status. A person reads it, where the API answers JSON.
     */
    public HttpResponse<ModelAndView<Map<String, Object>>> refusal(HttpRequest<?> request, Authentication user,
                                                                   String current, ProblemException refusal) {
        Map<String, Object> model = model(request, user, current);
        model.put("problem", refusal.in((String) model.get("lang")));
        model.put("back", request.getPath());
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(refusal.status())
                .body(new ModelAndView<>("hr/problem", model));
    }

    static boolean canManage(Authentication user) {
        return user != null && (user.getRoles().contains(Roles.HR) || user.getRoles().contains(Roles.ADMIN));
    }

    private static List<NavItem> navigation(PageText t, Collection<String> roles, String current) {
        List<String> keys = new ArrayList<>(RESULTS);
        if (roles.contains(Roles.HR) || roles.contains(Roles.ADMIN)) {
            keys.addAll(MANAGEMENT);
        }
        if (roles.contains(Roles.ADMIN)) {
            keys.addAll(ADMINISTRATION);
        }
        return keys.stream().map(key -> new NavItem(href(key), t.get("nav." + key), key.equals(current))).toList();
    }

    private static String href(String key) {
        return switch (key) {
            case "overview" -> "/hr";
            case "users", "audit", "anonymity" -> "/hr/admin/" + key;
            default -> "/hr/" + key;
        };
    }
}
