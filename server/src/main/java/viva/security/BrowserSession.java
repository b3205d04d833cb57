package viva.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in browser, stored by its cookie's hash so that every node knows it (and a stolen copy
 * of the table opens nothing). Its CSRF token lives with it.
 */
@Entity
@Table(name = "BROWSER_SESSION")
public class BrowserSession {

    @Id
    @Column(name = "TOKEN_HASH", length = 64)
    private String tokenHash;

    @Column(name = "USERNAME", nullable = false, length = 64)
    private String username;

    @Column(name = "USER_ROLE", nullable = false, length = 32)
    private String role;

    @Column(name = "CSRF_TOKEN", nullable = false, length = 64)
    private String csrfToken;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "LAST_SEEN_AT", nullable = false)
    private Instant lastSeenAt;

    protected BrowserSession() {
    }

    public BrowserSession(String tokenHash, String username, String role, String csrfToken, Instant now) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.role = role;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    String tokenHash() {
        return tokenHash;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    void seen(Instant now) {
        lastSeenAt = now;
    }
}
