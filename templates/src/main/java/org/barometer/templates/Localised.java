package org.barometer.templates;

/** A text a person reads, which can be said in each supported language ({@link Locales#SUPPORTED}). */
@FunctionalInterface
public interface Localised {

    /** This text in {@code lang}; in English for a language it does not have. */
    String in(String lang);
}
