package org.barometer.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The build's class-data-sharing training run (survey-service/pom.xml, execution cds-archive):
 * with {@code barometer.cds-training=true} the service, once started, sends itself the requests a
 * first visitor would (health, the sign-in page, a survey link, a stylesheet), so the classes they
 * need are loaded too, then stops. The JVM, started with {@code -XX:ArchiveClassesAtExit}, writes
 * every class it loaded to an archive that {@code java -XX:SharedArchiveFile=… -jar} maps at the
 * next start instead of reading, verifying and linking the classes again: about half the start-up.
 */
@Singleton
@Requires(property = "barometer.cds-training", value = "true")
class CdsTraining implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(CdsTraining.class);
    private static final List<String> FIRST_VISIT = List.of("/health", "/login", "/s/cds-training-link-00000",
            "/static/hr.css", "/hr");

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        URI base = event.getSource().getURI();
        Thread visit = new Thread(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            for (String path : FIRST_VISIT) {
                try {
                    http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.discarding());
                } catch (IOException e) {
                    LOG.warn("CDS training: {} failed: {}", path, e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            LOG.info("CDS training done: stopping so the JVM writes its class archive");
            // The shutdown hook closes the application context; the JVM writes the archive at exit.
            System.exit(0);
        }, "cds-training");
        visit.start();
    }
}
