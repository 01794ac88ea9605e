package org.barometer.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.transaction.exceptions.TransactionException;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Where the data layer's failures surface: Micronaut Data (getting a connection, a repository
 * call, a commit) and jOOQ each wrap the JDBC exception in their own type. Each gets the same
 * {@link DatabaseOutageHandler}, which looks at the JDBC cause.
 */
@Factory
final class DatabaseOutageHandlers {

    private final UnexpectedFailureHandler errors;
    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

    DatabaseOutageHandlers(UnexpectedFailureHandler errors, ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
        this.errors = errors;
        this.views = views;
    }

    @Singleton
    ExceptionHandler<io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException, HttpResponse<?>> noConnection() {
        return new DatabaseOutageHandler<>(errors, views);
    }

    @Singleton
    ExceptionHandler<io.micronaut.transaction.jdbc.exceptions.CannotGetJdbcConnectionException, HttpResponse<?>> noTransactionConnection() {
        return new DatabaseOutageHandler<>(errors, views);
    }

    @Singleton
    ExceptionHandler<ConnectionException, HttpResponse<?>> connection() {
        return new DatabaseOutageHandler<>(errors, views);
    }

    @Singleton
    ExceptionHandler<io.micronaut.data.exceptions.DataAccessException, HttpResponse<?>> repository() {
        return new DatabaseOutageHandler<>(errors, views);
    }

    @Singleton
    ExceptionHandler<TransactionException, HttpResponse<?>> transaction() {
        return new DatabaseOutageHandler<>(errors, views);
    }

    @Singleton
    ExceptionHandler<org.jooq.exception.DataAccessException, HttpResponse<?>> jooq() {
        return new DatabaseOutageHandler<>(errors, views);
    }
}
