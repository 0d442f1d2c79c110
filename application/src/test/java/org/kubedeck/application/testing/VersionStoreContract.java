package org.kubedeck.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.application.kube.port.out.VersionStore.SealedDraft;
import org.kubedeck.application.secret.SealedSecret;
import org.kubedeck.domain.cluster.ClusterName;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.VersionDraft;
import org.kubedeck.domain.kube.VersionHistory;
import org.kubedeck.domain.kube.YamlVersion;


/**
 * What every VersionStore must do; run against the in-memory store and the database adapter. The store may hold
 * other tests' resources, so each test works in a cluster of its own.
 */
public abstract class VersionStoreContract extends PortContract<VersionStore> {

    protected static final Instant T0 = Instant.parse("2026-06-01T10:00:00.123456Z");

    protected VersionStoreContract(VersionStore store, ReferencedRows rows) {
        super(store, rows);
    }

    protected VersionStore store() {
        return port();
    }

    protected static ResourceRef deployment(ClusterName cluster, String name) {
        return new ResourceRef(cluster, "shop", ResourceKind.DEPLOYMENT, name);
    }

    /** A Deployment's YAML; each number of replicas is another state. */
    protected static String yaml(String name, int replicas) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s
                  namespace: shop
                spec:
                  replicas: %d
                  template:
                    spec:
                      containers:
                      - name: app
                        image: shop/%s:1.0
                """.formatted(name, replicas, name);
    }

    protected static VersionDraft draft(ResourceRef resource, String yaml, String author, Instant at) {
        return new VersionDraft(resource, yaml, author, null, at);
    }

    @Test
    void theFirstRecordIsVersionOneWithADiffFromNothing() {
        ResourceRef web = deployment(cluster(), "web");

        YamlVersion v1 = store().record(new VersionDraft(web, yaml("web", 1), "alice", "first deploy", T0), null)
                .orElseThrow();

        assertThat(v1.id()).isNotBlank();
        assertThat(v1.resource()).isEqualTo(web);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.author()).isEqualTo("alice");
        assertThat(v1.createdAt()).isEqualTo(T0);
        assertThat(v1.note()).isEqualTo("first deploy");
        assertThat(v1.tag()).isNull();
        assertThat(v1.yaml()).isEqualTo(yaml("web", 1));
        assertThat(v1.diff()).isEqualTo(VersionHistory.unified("(none)", "", "v1", yaml("web", 1)))
                .startsWith("--- (none)\n+++ v1\n").contains("+  replicas: 1\n");
        assertThat(store().latest(web)).contains(v1);
        assertThat(store().find(v1.id())).contains(v1);
    }

    @Test
    void anObservedStateStartsAHistoryAsFirstSeenAndLaterCountsAsAChangeMadeOutside() {
        ResourceRef web = deployment(cluster(), "web");

        YamlVersion first = store().record(VersionDraft.observed(web, yaml("web", 1), T0), null).orElseThrow();
        YamlVersion later = store().record(VersionDraft.observed(web, yaml("web", 2), T0.plusSeconds(60)), null)
                .orElseThrow();

        assertThat(first.author()).isEqualTo(YamlVersion.FIRST_SEEN);
        assertThat(first.note()).isEqualTo(YamlVersion.FIRST_SEEN_NOTE);
        assertThat(later.author()).isEqualTo(YamlVersion.EXTERNAL);
        assertThat(later.note()).isEqualTo(YamlVersion.EXTERNAL_NOTE);
    }

    @Test
    void theStatesFoundAndLeftByAChangeAreRecordedTogetherInOrderSkippingWhatIsUnchanged() {
        ResourceRef web = deployment(cluster(), "web");
        store().record(draft(web, yaml("web", 1), "alice", T0), null);

        List<YamlVersion> unchangedBefore = store().record(List.of(
                new SealedDraft(VersionDraft.observed(web, yaml("web", 1), T0.plusSeconds(1)), null),
                new SealedDraft(draft(web, yaml("web", 2), "bob", T0.plusSeconds(1)), null)));
        List<YamlVersion> changedBefore = store().record(List.of(
                new SealedDraft(VersionDraft.observed(web, yaml("web", 3), T0.plusSeconds(2)), null),
                new SealedDraft(draft(web, yaml("web", 4), "carol", T0.plusSeconds(2)), null)));

        assertThat(unchangedBefore).extracting(YamlVersion::version, YamlVersion::author)
                .containsExactly(tuple(2, "bob"));
        assertThat(changedBefore).extracting(YamlVersion::version, YamlVersion::author)
                .containsExactly(tuple(3, YamlVersion.EXTERNAL), tuple(4, "carol"));
        assertThat(changedBefore.get(1).diff()).isEqualTo(VersionHistory.unified("v3", yaml("web", 3), "v4",
                yaml("web", 4)));
        assertThat(store().list(web, 10)).extracting(YamlVersion::version).containsExactly(4, 3, 2, 1);
    }

    @Test
    void anUnchangedYamlRecordsNothing() {
        ResourceRef web = deployment(cluster(), "web");
        YamlVersion v1 = store().record(draft(web, yaml("web", 1), "alice", T0), null).orElseThrow();

        assertThat(store().record(draft(web, yaml("web", 1), YamlVersion.EXTERNAL, T0.plusSeconds(60)), null))
                .isEmpty();

        assertThat(store().list(web, 10)).containsExactly(v1);
    }

    @Test
    void aChangeIsTheNextVersionWithTheUnifiedDiffFromTheLatest() {
        ResourceRef web = deployment(cluster(), "web");
        store().record(draft(web, yaml("web", 1), "alice", T0), null);

        YamlVersion v2 = store().record(draft(web, yaml("web", 3), "bob", T0.plusSeconds(60)), null).orElseThrow();

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.author()).isEqualTo("bob");
        assertThat(v2.diff()).isEqualTo(VersionHistory.unified("v1", yaml("web", 1), "v2", yaml("web", 3)))
                .isEqualTo("""
                        --- v1
                        +++ v2
                        @@ -4,7 +4,7 @@
                           name: web
                           namespace: shop
                         spec:
                        -  replicas: 1
                        +  replicas: 3
                           template:
                             spec:
                               containers:
                        """);
        assertThat(store().latest(web)).contains(v2);
    }

    @Test
    void theListIsNewestFirstAndLimited() {
        ResourceRef web = deployment(cluster(), "web");
        for (int replicas = 1; replicas <= 4; replicas++) {
            store().record(draft(web, yaml("web", replicas), "alice", T0.plusSeconds(replicas)), null);
        }

        assertThat(store().list(web, 10)).extracting(YamlVersion::version).containsExactly(4, 3, 2, 1);
        assertThat(store().list(web, 2)).extracting(YamlVersion::version).containsExactly(4, 3);
        assertThat(store().list(web, 10)).extracting(YamlVersion::yaml).first().isEqualTo(yaml("web", 4));
        assertThat(store().list(deployment(web.cluster(), "api"), 10)).isEmpty();
        assertThat(store().latest(deployment(web.cluster(), "api"))).isEmpty();
    }

    @Test
    void onlyTheIdsItGaveOutFindAnything() {
        ResourceRef web = deployment(cluster(), "web");
        YamlVersion v1 = store().record(draft(web, yaml("web", 1), "alice", T0), null).orElseThrow();

        assertThat(store().find(v1.id())).contains(v1);
        for (String unknown : List.of("abc", "", " 1", "-1", "1.0", "99999999999999999999", "999999999")) {
            assertThat(store().find(unknown)).as(unknown).isEmpty();
            assertThat(store().sealedManifest(unknown)).as(unknown).isEmpty();
            assertThat(store().tag(unknown, "good")).as(unknown).isFalse();
            assertThat(store().seal(unknown, "kind: Secret\n", sealed("key-2026", "anything"))).as(unknown).isFalse();
        }
    }

    @Test
    void aTagIsSetAndReplaced() {
        ResourceRef web = deployment(cluster(), "web");
        YamlVersion v1 = store().record(draft(web, yaml("web", 1), "alice", T0), null).orElseThrow();
        YamlVersion v2 = store().record(draft(web, yaml("web", 2), "alice", T0.plusSeconds(1)), null).orElseThrow();

        assertThat(store().tag(v1.id(), "known good")).isTrue();
        assertThat(store().tag(v1.id(), "release 1.0")).isTrue();

        assertThat(store().find(v1.id()).orElseThrow().tag()).isEqualTo("release 1.0");
        assertThat(store().list(web, 10)).extracting(YamlVersion::tag).containsExactly(null, "release 1.0");
        assertThat(store().find(v2.id()).orElseThrow().tag()).isNull();
    }

    @Test
    void aSecretKeepsItsCompleteManifestSealedAndOtherKindsHaveNone() {
        ClusterName cluster = cluster();
        ResourceRef secret = new ResourceRef(cluster, "shop", ResourceKind.SECRET, "db-password");
        SealedSecret sealed = new SealedSecret("key-2026", "password: aHVudGVyMg==".getBytes(StandardCharsets.UTF_8));

        YamlVersion masked = store().record(draft(secret, "kind: Secret\ndata:\n  password: '***'\n", "alice", T0),
                sealed).orElseThrow();
        YamlVersion plain = store().record(draft(deployment(cluster, "web"), yaml("web", 1), "alice", T0), null)
                .orElseThrow();

        assertThat(store().sealedManifest(masked.id())).contains(sealed);
        assertThat(store().find(masked.id()).orElseThrow().yaml()).doesNotContain("aHVudGVyMg");
        assertThat(store().sealedManifest(plain.id())).isEmpty();
    }

    /** Other tests' versions may share the store: these look only at their own. */
    @Test
    void theKeyRotationFindsSecretsSealedUnderPreviousKeysInBatchesAndSealsThemAgainMaskedAnew() {
        ClusterName cluster = cluster();
        ResourceRef secret = new ResourceRef(cluster, "shop", ResourceKind.SECRET, "db-password");
        YamlVersion current = store().record(draft(secret, secretYaml("a"), "alice", T0), sealed("new", "a"))
                .orElseThrow();
        YamlVersion first = store().record(draft(secret, secretYaml("b"), "alice", T0), sealed("old", "b"))
                .orElseThrow();
        YamlVersion second = store().record(draft(secret, secretYaml("c"), "alice", T0), sealed("older", "c"))
                .orElseThrow();
        YamlVersion lost = store().record(draft(secret, secretYaml("d"), "alice", T0), sealed("forgotten", "d"))
                .orElseThrow();
        YamlVersion plain = store().record(draft(deployment(cluster, "web"), yaml("web", 1), "alice", T0), null)
                .orElseThrow();
        Set<String> previous = Set.of("old", "older");

        assertThat(store().sealedUnder(previous, Integer.MAX_VALUE))
                .doesNotContainKeys(current.id(), lost.id(), plain.id())
                .containsEntry(first.id(), sealed("old", "b")).containsEntry(second.id(), sealed("older", "c"));
        assertThat(store().sealedUnder(previous, 1)).hasSize(1);
        assertThat(store().sealedUnder(Set.of(), Integer.MAX_VALUE)).isEmpty();
        assertThat(store().seal(second.id(), secretYaml("C"), sealed("new", "c again"))).isTrue();
        assertThat(store().seal(first.id(), secretYaml("a"), sealed("new", "b again"))).isTrue();
        assertThat(store().seal(plain.id(), yaml("web", 1), sealed("new", "no Secret")))
                .as("only a Secret's version is sealed").isFalse();

        assertThat(store().sealedUnder(previous, Integer.MAX_VALUE)).doesNotContainKeys(first.id(), second.id());
        assertThat(store().sealedManifest(first.id())).contains(sealed("new", "b again"));
        assertThat(store().sealedManifest(current.id())).contains(sealed("new", "a"));
        assertThat(store().sealedManifest(plain.id())).isEmpty();
        assertThat(store().list(secret, 10)).extracting(YamlVersion::yaml)
                .containsExactly(secretYaml("d"), secretYaml("C"), secretYaml("a"), secretYaml("a"));
        assertThat(store().list(secret, 10)).as("each diffed from the version before, as it is now")
                .extracting(YamlVersion::diff).containsExactly(
                        VersionHistory.unified("v3", secretYaml("C"), "v4", secretYaml("d")),
                        VersionHistory.unified("v2", secretYaml("a"), "v3", secretYaml("C")),
                        "",
                        current.diff());
        assertThat(store().find(first.id())).hasValueSatisfying(v -> assertThat(v)
                .usingRecursiveComparison().ignoringFields("yaml", "diff").isEqualTo(first));
    }

    private static String secretYaml(String fingerprint) {
        return "kind: Secret\ndata:\n  password: <hidden:" + fingerprint + ">\n";
    }

    private static SealedSecret sealed(String keyId, String text) {
        return new SealedSecret(keyId, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachResourceIsNumberedOnItsOwn() {
        ClusterName cluster = cluster();
        ResourceRef web = deployment(cluster, "web");
        store().record(draft(web, yaml("web", 1), "alice", T0), null);
        store().record(draft(web, yaml("web", 2), "alice", T0), null);

        List<ResourceRef> others = List.of(deployment(cluster, "api"),
                new ResourceRef(cluster, "staging", ResourceKind.DEPLOYMENT, "web"),
                new ResourceRef(cluster, "shop", ResourceKind.SERVICE, "web"),
                deployment(cluster(), "web"));
        for (ResourceRef other : others) {
            assertThat(store().record(draft(other, yaml("web", 1), "alice", T0), null)).as(other.describe())
                    .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        }
        assertThat(store().latest(web).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void trackedGoesRoundEveryResourceWithAHistoryOldestCheckedFirst() {
        ClusterName cluster = cluster();
        List<ResourceRef> mine = List.of(deployment(cluster, "web"), deployment(cluster, "api"),
                new ResourceRef(cluster, "shop", ResourceKind.SECRET, "db"));
        for (ResourceRef resource : mine) {
            store().record(draft(resource, yaml(resource.name(), 1), "alice", T0), null);
        }
        store().record(draft(mine.get(0), yaml("web", 2), "alice", T0), null);

        List<ResourceRef> all = store().tracked(Integer.MAX_VALUE);
        assertThat(all).containsAll(mine).doesNotHaveDuplicates();

        // Now all were checked at once; each further call takes one, which then waits until all others had a turn.
        List<ResourceRef> round = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            round.addAll(store().tracked(1));
        }
        assertThat(round).containsExactlyInAnyOrderElementsOf(all);
        assertThat(store().tracked(2)).containsExactlyElementsOf(round.subList(0, Math.min(2, round.size())));
        assertThat(store().tracked(0)).isEmpty();
    }
}
