package org.barometer.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The personal tokens in the .eml files the embedded default writes, read as a mail program would. */
public final class EmlOutbox {

    private EmlOutbox() {
    }

    /** The personal token received by each recipient (the last one read when several emails arrived). */
    public static Map<String, String> tokensByRecipient(Path dir) {
        Map<String, String> tokens = new HashMap<>();
        for (ReceivedEmail email : ReceivedEmail.inFolder(dir)) {
            String link = email.link();
            tokens.put(email.recipient(), link.substring(link.lastIndexOf('/') + 1));
        }
        return tokens;
    }
}
