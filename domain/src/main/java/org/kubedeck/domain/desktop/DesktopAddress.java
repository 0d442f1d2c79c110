package org.kubedeck.domain.desktop;

import java.util.Objects;

/**
 * Where a browser reaches desktops: one host, each desktop under {@code /user/<key>/}, served by noVNC with
 * its websocket at {@code websockify} below that path.
 *
 * @param domain the host name of the desktops' Ingress
 * @param tls    whether that host serves HTTPS (https and wss URLs)
 */
public record DesktopAddress(String domain, boolean tls) {

    public DesktopAddress {
        Objects.requireNonNull(domain);
    }

    /** {@code /user/<key>/}, the Ingress path of the desktop. */
    public String path(DesktopNames names) {
        return "/user/" + names.key() + "/";
    }

    public String novncUrl(DesktopNames names) {
        String path = path(names);
        return (tls ? "https://" : "http://") + domain + path + "vnc.html?path=" + path.substring(1)
                + "websockify&autoconnect=true&resize=remote";
    }

    public String websocketUrl(DesktopNames names) {
        return (tls ? "wss://" : "ws://") + domain + path(names) + "websockify";
    }
}
