package org.kubedeck.bootstrap;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kubedeck.*} settings of the running console.
 *
 * @param dataDir    where the console keeps its own files: the embedded database and the generated key; unset:
 *                   {@code .kubedeck} in the home directory of the user running the console
 * @param session    signed-in sessions
 * @param admin      the first start's admin account
 * @param encryption the key that seals kubeconfigs at rest
 * @param load       the label that takes pods in and out of load balancing
 * @param clusters   background work on registered clusters
 * @param desktops   per-user VNC desktops
 * @param api        the token-authenticated API
 * @param versions   resources' YAML histories
 * @param backups    namespace backups
 * @param quotas     quota usage sampling and pressure thresholds
 * @param nodes      how the placement page groups nodes
 * @param web        how the console's pages may be shown by other sites
 * @param oidc       single sign-on with an OpenID Connect provider
 * @param login      which ways of signing in are open
 */
@ConfigurationProperties("kubedeck")
public record KubedeckProperties(Path dataDir, @DefaultValue Session session,
        @DefaultValue Admin admin, @DefaultValue Encryption encryption, @DefaultValue Load load,
        @DefaultValue Clusters clusters, @DefaultValue Desktops desktops, @DefaultValue Api api,
        @DefaultValue Versions versions, @DefaultValue Backups backups, @DefaultValue Quotas quotas,
        @DefaultValue Nodes nodes, @DefaultValue Containers containers, @DefaultValue Scans scans,
        @DefaultValue Unified unified, @DefaultValue Web web, @DefaultValue Oidc oidc, @DefaultValue Login login) {

    /**
     * Path defaults are made here rather than in {@code @DefaultValue}, whose text the binder hands over without
     * resolving placeholders such as {@code ${user.home}}; every path ends up absolute.
     */
    public KubedeckProperties {
        dataDir = (dataDir != null ? dataDir : defaultDataDir()).toAbsolutePath().normalize();
        encryption = encryption.withKeyFileIn(dataDir);
    }

    /** {@code ~/.kubedeck} of the user running the console. */
    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".kubedeck");
    }

    /** @param idleTimeout a signed-in session ends after this long without a person's request */
    public record Session(@DefaultValue("10m") Duration idleTimeout) {
    }

    /** @param password the first admin's password; empty means "generate one and print it once". */
    public record Admin(@DefaultValue("") String password) {
    }

    /**
     * @param key          base64 of 32 random bytes; empty: the key file is used, and created when missing
     * @param keyFile      empty: {@code <data-dir>/encryption.key}
     * @param previousKeys older keys, base64, still accepted for opening; everything is re-sealed at start
     */
    public record Encryption(@DefaultValue("") String key, Path keyFile, @DefaultValue List<String> previousKeys) {

        Encryption withKeyFileIn(Path dataDir) {
            Path file = keyFile != null ? dataDir.resolve(keyFile) : dataDir.resolve("encryption.key");
            return new Encryption(key, file.toAbsolutePath().normalize(), previousKeys);
        }
    }

    /**
     * @param label                the pod label Services select on
     * @param online               its value for pods in load balancing
     * @param done                 its value for pods taken out
     * @param restoreCheckInterval how often planned restores are looked for
     */
    public record Load(@DefaultValue("load") String label, @DefaultValue("online") String online,
            @DefaultValue("done") String done, @DefaultValue("15s") Duration restoreCheckInterval) {
    }

    /**
     * @param healthInterval  how often every cluster's API server is probed in the background
     * @param healthCheck     whether that background probe, and the sync of facts, run at all
     * @param cacheIdle       how long a namespace's watch-fed cache lives after its last view
     * @param allowedNetworks the networks (CIDR blocks) API servers may be in; empty: any
     * @param syncInterval    how often every reachable cluster's facts (provider, region, nodes, pods, sizes) are read
     */
    public record Clusters(@DefaultValue("30s") Duration healthInterval, @DefaultValue("true") boolean healthCheck,
            @DefaultValue("10m") Duration cacheIdle, @DefaultValue List<String> allowedNetworks,
            @DefaultValue("5m") Duration syncInterval) {
    }

    /**
     * @param cluster          the registered cluster desktops are made on, unless an admin chose one on the
     *                         Desktops page; empty: none until then
     * @param namespace        where every desktop's objects live
     * @param image            the desktop container image (noVNC on 6901, VNC on 5901, password in VNC_PW)
     * @param resolution       the screen size, passed as VNC_RESOLUTION
     * @param homePath         where the home volume is mounted in the container
     * @param domain           the host of the desktops' Ingress; each desktop is under /user/&lt;user&gt;/
     * @param tls              whether that host serves HTTPS, for the URLs handed out
     * @param tlsSecret        the TLS Secret named in the Ingress; empty: none (TLS ends before the Ingress)
     * @param ingressClass     the IngressClass of the desktops' Ingress; empty: the cluster's default
     * @param ingressNamespace the ingress controller's namespace, the only traffic a desktop admits
     * @param maxTotal         the most desktops at once, over all users
     * @param startTimeout     a desktop not ready after this long is reported failed
     * @param idleTimeout      a running desktop nobody has been connected to for this long is stopped, keeping
     *                         its home volume; zero: never
     * @param observeInterval  how often desktops are observed for metrics and stale claims
     */
    public record Desktops(@DefaultValue("") String cluster, @DefaultValue("vnc-pods") String namespace,
            @DefaultValue("docker.io/consol/ubuntu-xfce-vnc:1.4.0") String image,
            @DefaultValue("1920x1080") String resolution, @DefaultValue("/headless") String homePath,
            @DefaultValue("desktops.localhost") String domain, @DefaultValue("true") boolean tls,
            @DefaultValue("") String tlsSecret, @DefaultValue("nginx") String ingressClass,
            @DefaultValue("ingress-nginx") String ingressNamespace,
            @DefaultValue("1") String defaultCpuLimit, @DefaultValue("2Gi") String defaultMemoryLimit,
            @DefaultValue("10Gi") String defaultStorage,
            @DefaultValue("500m") String minCpuLimit, @DefaultValue("1Gi") String minMemoryLimit,
            @DefaultValue("1Gi") String minStorage,
            @DefaultValue("2") String maxCpuLimit, @DefaultValue("4Gi") String maxMemoryLimit,
            @DefaultValue("50Gi") String maxStorage,
            @DefaultValue("100") int maxTotal, @DefaultValue("300s") Duration startTimeout,
            @DefaultValue("0s") Duration idleTimeout, @DefaultValue("30s") Duration observeInterval) {
    }

    /**
     * @param rateLimit  requests one API token may make per window
     * @param rateWindow the window the rate limit counts in
     */
    public record Api(@DefaultValue("60") int rateLimit, @DefaultValue("1m") Duration rateWindow) {
    }

    /**
     * @param captureInterval how often resources with a history are looked at for changes made outside the console
     * @param captureBatch    how many resources each look takes, least recently looked at first
     */
    public record Versions(@DefaultValue("1m") Duration captureInterval, @DefaultValue("100") int captureBatch) {
    }

    /** @param checkInterval how often backup schedules are looked at; a backup starts at most this late */
    public record Backups(@DefaultValue("1m") Duration checkInterval) {
    }

    /**
     * @param sampleInterval how often every cluster's quotas are sampled, by one replica
     * @param checkInterval  how often each replica asks whether a sampling round is due
     * @param retention      how long samples are kept
     * @param warnRatio      usage at or above this share of a limit is high
     * @param fullRatio      usage at or above this share is full
     * @param webhook        where crossings are posted
     */
    public record Quotas(@DefaultValue("5m") Duration sampleInterval, @DefaultValue("1m") Duration checkInterval,
            @DefaultValue("30d") Duration retention,
            @DefaultValue("0.8") double warnRatio, @DefaultValue("1.0") double fullRatio,
            @DefaultValue Webhook webhook) {

        /**
         * @param url     an http(s) URL each crossing is posted to; empty for none
         * @param secret  the HMAC-SHA256 key of the signature header; empty for unsigned posts
         * @param timeout how long a post may take, connecting included
         */
        public record Webhook(@DefaultValue("") String url, @DefaultValue("") String secret,
                @DefaultValue("5s") Duration timeout) {

            @Override
            public String toString() {
                return "Webhook[url=" + (url.isEmpty() ? "" : "(set)") + ", secret=" + (secret.isEmpty() ? "" : "(set)")
                        + ", timeout=" + timeout + "]";
            }
        }
    }

    /**
     * @param groupLabels node labels tried in order for the placement page's default grouping, the first that any
     *                    node carries winning; a key prefix ending in '/' groups by the names under it, as node
     *                    roles are written ({@code node-role.kubernetes.io/worker: ""}). None on any node: one group
     *                    per node, by {@code kubernetes.io/hostname}
     */
    public record Nodes(@DefaultValue({"eks.amazonaws.com/nodegroup", "cloud.google.com/gke-nodepool",
            "kubernetes.azure.com/agentpool", "karpenter.sh/nodepool", "node-role.kubernetes.io/",
            "node.kubernetes.io/instance-type"}) List<String> groupLabels) {
    }

    /**
     * @param execOutputLimit     the output a command run once answers at most, stdout and stderr together
     * @param terminalsPerUser    the web terminals one user may have open at once (on each replica)
     * @param terminalIdleTimeout a terminal nobody typed in for this long is closed
     * @param transcriptLimit     what a recorded terminal session keeps at most, before compression
     * @param snapshotLimit       what a log snapshot keeps at most (its newest lines), before compression
     * @param snapshotRetention   how long a log snapshot is kept
     * @param uploadLimit         the largest upload the file manager takes (each request)
     */
    public record Containers(@DefaultValue("1MB") DataSize execOutputLimit, @DefaultValue("5") int terminalsPerUser,
            @DefaultValue("10m") Duration terminalIdleTimeout, @DefaultValue("1MB") DataSize transcriptLimit,
            @DefaultValue("10MB") DataSize snapshotLimit, @DefaultValue("7d") Duration snapshotRetention,
            @DefaultValue("50MB") DataSize uploadLimit) {
    }

    /**
     * @param interval      how often each registered cluster is scanned whole, by one replica; 0 switches it off
     * @param checkInterval how often replicas look for a cluster whose turn has come
     */
    public record Scans(@DefaultValue("6h") Duration interval, @DefaultValue("1m") Duration checkInterval) {
    }

    /**
     * @param deadline how long a search across clusters waits for each one before it reports it as not answering
     * @param freshFor how long a cluster's list of a kind answers searches before it is read again
     */
    public record Unified(@DefaultValue("3s") Duration deadline, @DefaultValue("15s") Duration freshFor) {
    }

    /**
     * @param frameAncestors origins (https://portal.example.com) of pages that may show the console in a frame;
     *                       empty: none may
     */
    public record Web(@DefaultValue List<String> frameAncestors) {
    }

    /**
     * @param issuerUri     the provider's issuer (its discovery document is read at the first sign-in); empty: no
     *                      single sign-on
     * @param name          the provider's name on the sign-in button
     * @param usernameClaim the ID token claim that names the Kubedeck user
     * @param groupsClaim   the claim listing the person's groups, turned into permissions by the group rules
     */
    public record Oidc(@DefaultValue("") String issuerUri, @DefaultValue("") String clientId,
            @DefaultValue("") String clientSecret, @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
            @DefaultValue("preferred_username") String usernameClaim, @DefaultValue("groups") String groupsClaim,
            @DefaultValue("single sign-on") String name) {

        @Override
        public String toString() {
            return "Oidc[issuerUri=" + issuerUri + ", clientId=" + clientId + "]";
        }
    }

    /** @param password whether people may sign in with a Kubedeck password (false needs single sign-on) */
    public record Login(@DefaultValue("true") boolean password) {
    }
}
