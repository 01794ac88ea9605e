package org.barometer.survey;

import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Personal survey links. A token is 128 bits from {@link SecureRandom}, URL-safe Base64 (22
 * characters), handed out once to go into an email; only its SHA-256 is stored. A plain (unsalted,
 * fast) hash is enough because the token is random at full strength: there is nothing to guess.
 */
@Singleton
public class SurveyTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 16;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final InvitationTokenRepository tokens;
    private final InvitationRepository invitations;

    SurveyTokens(InvitationTokenRepository tokens, InvitationRepository invitations) {
        this.tokens = tokens;
        this.invitations = invitations;
    }

    /**
     * Mints one token per invitation and stores their hashes (in the caller's transaction).
     *
     * @return token by invitation id; the tokens themselves are kept nowhere else
     */
    public Map<UUID, String> mint(List<UUID> invitationIds) {
        Map<UUID, String> minted = new LinkedHashMap<>();
        List<InvitationToken> rows = new ArrayList<>(invitationIds.size());
        for (UUID id : invitationIds) {
            String token = newToken();
            minted.put(id, token);
            rows.add(new InvitationToken(hash(token), id));
        }
        tokens.saveAll(rows);
        return minted;
    }

    /** The invitation a token was minted for, if the token is one of ours. */
    public Optional<Invitation> invitation(String token) {
        if (!looksLikeToken(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token));
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean looksLikeToken(String token) {
        return token != null && token.length() == 22 && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
