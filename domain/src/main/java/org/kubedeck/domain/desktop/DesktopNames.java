package org.kubedeck.domain.desktop;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kubedeck.domain.Sha256;
import org.kubedeck.domain.user.Username;

/**
 * The names of one user's desktop objects. Usernames may hold any letter, capitals, '.' and '_'; Kubernetes
 * names may not. The user's key is the username lowercased with everything else turned into '-'; when that
 * changed anything, or is too long, a hash of the exact username is appended, so two users never share a key.
 *
 * @param key     DNS-safe form of the username, also the value of the {@code kubedeck.io/user} label
 * @param desktop the StatefulSet, Service, Ingress and NetworkPolicy; what the API calls {@code pod_name}
 * @param home    the PersistentVolumeClaim kept across restarts and re-creation
 * @param secret  the Secret holding the VNC password
 * @param pod     the single pod of the StatefulSet
 */
public record DesktopNames(String key, String desktop, String home, String secret, String pod) {

    /** Leaves room for the prefixes and the StatefulSet's pod and revision suffixes within 63 characters. */
    /** The desktop pod's one container, whose log and files are the desktop's. */
    public static final String CONTAINER = "desktop";
    static final int MAX_KEY = 40;
    private static final int HASH_CHARS = 7;
    private static final String PREFIX = "vnc-";
    private static final Pattern KEY = Pattern.compile(PREFIX + "[a-z0-9]([a-z0-9-]{0," + (MAX_KEY - 2) + "}[a-z0-9])?");

    public static DesktopNames of(Username user) {
        return ofKey(key(user.value()));
    }

    /** The names of the desktop called {@code desktopName} ({@code vnc-<key>}); empty for any other name. */
    public static Optional<DesktopNames> ofDesktop(String desktopName) {
        if (desktopName == null || !KEY.matcher(desktopName).matches()) {
            return Optional.empty();
        }
        return Optional.of(ofKey(desktopName.substring(PREFIX.length())));
    }

    private static DesktopNames ofKey(String key) {
        return new DesktopNames(key, PREFIX + key, "home-" + key, PREFIX + key + "-password", PREFIX + key + "-0");
    }

    static String key(String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        StringBuilder safe = new StringBuilder();
        for (char c : lower.toCharArray()) {
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (allowed) {
                safe.append(c);
            } else if (!safe.isEmpty() && safe.charAt(safe.length() - 1) != '-') {
                safe.append('-');
            }
        }
        String trimmed = stripDashes(safe.toString());
        if (trimmed.equals(username) && trimmed.length() <= MAX_KEY) {
            return trimmed;
        }
        String shortened = stripDashes(trimmed.substring(0, Math.min(trimmed.length(), MAX_KEY - HASH_CHARS - 1)));
        String hash = Sha256.hex(username).substring(0, HASH_CHARS);
        return shortened.isEmpty() ? "u" + hash : shortened + "-" + hash;
    }

    private static String stripDashes(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '-') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '-') {
            end--;
        }
        return value.substring(start, end);
    }
}
