-- Sign-in tokens ended by signing out before they expire (org.barometer.access.RevokedTokens). Every
-- instance checks each request's token here, so a sign-out counts on all of them at once. A row is
-- kept only until the token would have expired anyway; it names a token's random id, not a person.
CREATE TABLE revoked_token (
    token_id   VARCHAR(64) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX revoked_token_expires_at ON revoked_token (expires_at);
