package org.barometer.system;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Installation-wide settings (application.yml, section {@code barometer}). */
@Singleton
public final class BarometerConfig {

    private final String publicUrl;
    private final BeanProvider<EmbeddedServer> server;
    private final Path templatesDir;
    private final String organisation;
    private final boolean https;

    BarometerConfig(@Nullable @Value("${barometer.public-url:}") String publicUrl,
                    @Nullable @Value("${barometer.templates-dir:}") String templatesDir,
                    @Nullable @Value("${barometer.organisation:}") String organisation,
                    BeanProvider<EmbeddedServer> server) {
        this.publicUrl = blank(publicUrl) ? null : stripTrailingSlash(publicUrl.trim());
        this.server = server;
        this.templatesDir = blank(templatesDir) ? null : Path.of(templatesDir.trim());
        this.organisation = blank(organisation) ? "" : organisation.trim();
        this.https = this.publicUrl != null && this.publicUrl.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /**
     * Whether people reach the service over https (BAROMETER_PUBLIC_URL says so). Behind a
     * TLS-terminating proxy the request itself looks like plain http, so the request alone cannot
     * tell; this decides the Secure cookies and Strict-Transport-Security.
     */
    public boolean servedOverHttps() {
        return https;
    }

    /** Base of the links in emails, without a trailing slash: BAROMETER_PUBLIC_URL, else this server's own URL. */
    public String publicUrl() {
        return publicUrl != null ? publicUrl : stripTrailingSlash(server.get().getURL().toString());
    }

    /** Directory whose files override the built-in templates, if any. */
    public Optional<Path> templatesDir() {
        return Optional.ofNullable(templatesDir);
    }

    public String organisation() {
        return organisation;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
