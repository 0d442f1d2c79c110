package org.kubedeck.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.Sha256;
import org.kubedeck.domain.desktop.DesktopNames;
import org.kubedeck.domain.user.Username;

/**
 * An API token as its owner holds it: {@code vnc-sk-proj-<project>-<user>-<random>}, the random part 40 base62
 * characters (about 238 bits). The console keeps only its SHA-256 hash, enough for a secret this random, and the
 * first {@value #LOOKUP_LENGTH} random characters to find the row.
 */
public final class ApiTokenSecret {

    public static final String PREFIX = "vnc-sk-proj-";
    public static final String DEFAULT_PROJECT = "default";
    static final int RANDOM_LENGTH = 40;
    static final int LOOKUP_LENGTH = 8;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern PROJECT = Pattern.compile("[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?");
    private static final Pattern RANDOM = Pattern.compile("[0-9A-Za-z]{" + RANDOM_LENGTH + "}");
    private static final RandomGenerator RANDOMNESS = new SecureRandom();

    private final String value;
    private final String lookup;

    private ApiTokenSecret(String value, String lookup) {
        this.value = value;
        this.lookup = lookup;
    }

    /** A new token for {@code owner} in {@code project} (null or blank: {@value #DEFAULT_PROJECT}). */
    public static ApiTokenSecret generate(String project, Username owner) {
        String random = random(RANDOM_LENGTH);
        return new ApiTokenSecret(PREFIX + project(project) + "-" + DesktopNames.of(owner).key() + "-" + random,
                random.substring(0, LOOKUP_LENGTH));
    }

    /** Reads a presented token; empty when it does not have the shape of one, so it cannot match any row. */
    public static Optional<ApiTokenSecret> parse(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        String random = presented.substring(presented.lastIndexOf('-') + 1);
        if (!RANDOM.matcher(random).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiTokenSecret(presented, random.substring(0, LOOKUP_LENGTH)));
    }

    /** The project a token is filed under: lowercase letters, digits and '-', at most 32 characters. */
    public static String project(String project) {
        if (project == null || project.isBlank()) {
            return DEFAULT_PROJECT;
        }
        String trimmed = project.trim();
        if (!PROJECT.matcher(trimmed).matches()) {
            throw new InvalidInputException("project",
                    Message.of("token.projectHasMostLowercase",
                            "A project has at most 32 lowercase letters, digits or '-', and starts and ends with a "
                            + "letter or digit."));
        }
        return trimmed;
    }

    /** A random string of base62 characters, from a cryptographically strong source. */
    public static String random(int length) {
        StringBuilder random = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            random.append(BASE62.charAt(RANDOMNESS.nextInt(BASE62.length())));
        }
        return random.toString();
    }

    /** The whole token: shown to its owner once, never stored. */
    public String value() {
        return value;
    }

    /** The short index the store finds the token's row by. */
    public String lookup() {
        return lookup;
    }

    /** Hex SHA-256 of the whole token, as stored. */
    public String hash() {
        return Sha256.hex(value);
    }

    /** What lists show to tell tokens apart: everything up to the lookup characters, then an ellipsis. */
    public String displayPrefix() {
        return value.substring(0, value.length() - RANDOM_LENGTH + LOOKUP_LENGTH);
    }

    /** Whether {@code storedHash} is this token's hash, compared in constant time. */
    public boolean matches(String storedHash) {
        return MessageDigest.isEqual(hash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return displayPrefix() + "…";
    }
}
