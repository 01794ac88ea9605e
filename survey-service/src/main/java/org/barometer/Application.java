package org.barometer;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.barometer.system.DatabaseDialect;
import org.barometer.system.JwtSecret;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

@OpenAPIDefinition(
        info = @Info(title = "barometer", version = "1",
                description = "Well-being barometer: HR API (staff list, waves, results, accounts) and the respondents' answer API."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // jOOQ's banner and "tip of the day" in every start's log tell an operator nothing.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // The user names a database by its URL only (DATASOURCES_DEFAULT_URL); the Micronaut Data
        // and jOOQ dialects and the driver follow from it.
        String url = firstNonBlank(System.getProperty("datasources.default.url"), System.getenv("DATASOURCES_DEFAULT_URL"));
        Map<String, Object> derived = new HashMap<>(DatabaseDialect.propertiesFor(url));
        String smtpUser = System.getenv("BAROMETER_SMTP_USERNAME");
        // SMTP authentication follows from the presence of a user name, like the dialect from the URL.
        boolean smtpAuth = smtpUser != null && !smtpUser.isBlank();
        derived.put("javamail.properties.mail.smtp.auth", smtpAuth);
        if (smtpAuth) {
            derived.put("javamail.authentication.username", smtpUser);
            derived.put("javamail.authentication.password", String.valueOf(System.getenv("BAROMETER_SMTP_PASSWORD")));
        }
        if (Arrays.asList(args).contains("--demo")) {
            derived.put("barometer.demo", true);
        }
        derived.put(JwtSecret.PROPERTY, JwtSecret.fromEnvironmentOrRandom(System.getenv("BAROMETER_JWT_SECRET")));
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(derived)
                .start();
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
