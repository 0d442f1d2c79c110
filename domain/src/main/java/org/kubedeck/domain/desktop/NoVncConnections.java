package org.kubedeck.domain.desktop;

import java.util.Locale;

/**
 * Counts browsers connected to a desktop from the kernel's socket tables ({@code /proc/net/tcp} and
 * {@code /proc/net/tcp6} of the desktop container): established TCP connections whose local port is noVNC's.
 */
public final class NoVncConnections {

    /** Where noVNC (and its websocket) listens in the desktop container. */
    public static final int PORT = 6901;
    private static final String ESTABLISHED = "01";

    private NoVncConnections() {
    }

    /**
     * Each table line reads {@code sl local_address rem_address st …}, addresses as {@code HEXIP:HEXPORT};
     * header lines and anything unreadable are skipped.
     */
    public static int count(String socketTables) {
        String localPort = ":" + String.format(Locale.ROOT, "%04X", PORT);
        int count = 0;
        for (String line : socketTables.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 3 && fields[1].toUpperCase(Locale.ROOT).endsWith(localPort)
                    && ESTABLISHED.equals(fields[3])) {
                count++;
            }
        }
        return count;
    }
}
