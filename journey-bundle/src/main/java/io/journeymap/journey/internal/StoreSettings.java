package io.journeymap.journey.internal;

/**
 * Where the store lives and how it writes.
 *
 * @param jdbcUrl            {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
 * @param user               database user
 * @param password           database password (secret: never logged)
 * @param poolSize           most pooled connections
 * @param maxEventsPerCommit most events one group commit writes
 */
public record StoreSettings(String jdbcUrl, String user, String password, int poolSize, int maxEventsPerCommit) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "StoreSettings[" + jdbcUrl.replaceAll("password=[^;&]*", "password=***") + ", user=" + user + "]";
    }
}
