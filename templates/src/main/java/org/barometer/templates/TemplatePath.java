package org.barometer.templates;

import java.util.regex.Pattern;

/**
 * Checks a template path before it reaches the file system or the class loader. The paths may
 * come from configuration or an HR upload, and an override directory is mounted from outside,
 * so {@code ../../etc/passwd} must fail here, with a message saying why, and not depend on how
 * a particular class loader or file system normalises it.
 */
final class TemplatePath {

    /** Plain file and folder names only; a leading dot would reach hidden files. */
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private TemplatePath() {
    }

    /** Returns {@code path} when it is a safe relative file path, else explains the problem. */
    static String check(String path) {
        if (path == null || path.isBlank()) {
            throw rejected(path, "it is empty");
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            throw rejected(path, "it must be relative to the templates folder, not absolute");
        }
        if (path.contains("\\")) {
            throw rejected(path, "use '/' to separate folders");
        }
        String[] segments = path.split("/", -1);
        for (String segment : segments) {
            if (segment.equals("..")) {
                throw rejected(path, "'..' would leave the templates folder");
            }
            if (!SEGMENT.matcher(segment).matches()) {
                throw rejected(path, "'" + segment + "' is not a plain file or folder name");
            }
        }
        // Directories must not be readable as templates: a class loader returns a URL for them.
        if (!segments[segments.length - 1].contains(".")) {
            throw rejected(path, "it must name a file with its extension, e.g. questions/my-set.yml");
        }
        return path;
    }

    private static IllegalArgumentException rejected(String path, String reason) {
        return new IllegalArgumentException("invalid template path '" + path + "': " + reason);
    }
}
