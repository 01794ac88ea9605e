package org.barometer.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** Puts {@code csrfToken} in every page's model, for the hidden field of its forms. */
@Singleton
final class CsrfViewModel implements ViewModelProcessor<Map<String, Object>> {

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        request.getAttribute(CsrfTokens.ATTRIBUTE, String.class).ifPresent(token ->
                modelAndView.getModel().ifPresent(model -> {
                    // Copied: a controller may hand over an immutable Map.of(...).
                    Map<String, Object> withToken = new HashMap<>(model);
                    withToken.put(CsrfTokens.FIELD, token);
                    modelAndView.setModel(withToken);
                }));
    }
}
