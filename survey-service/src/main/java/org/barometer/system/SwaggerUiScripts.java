package org.barometer.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSP sources that let the Swagger UI page run its one inline start-up script, and nothing else
 * inline: the SHA-256 of each inline script of the page micronaut-openapi generates at build time.
 */
final class SwaggerUiScripts {

    static final String PAGE = "META-INF/swagger/views/swagger-ui/index.html";
    private static final Pattern INLINE = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private SwaggerUiScripts() {
    }

    /** {@code 'sha256-…'} sources separated by spaces; empty when the page is not on the class path. */
    static String hashSources() {
        try (InputStream in = SwaggerUiScripts.class.getClassLoader().getResourceAsStream(PAGE)) {
            if (in == null) {
                return "";
            }
            Matcher m = INLINE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            StringBuilder sources = new StringBuilder();
            while (m.find()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
                sources.append(" 'sha256-").append(Base64.getEncoder().encodeToString(digest)).append('\'');
            }
            return sources.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
