package org.kubedeck.adapters.k8s.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.authorization.v1.SubjectAccessReviewBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kubedeck.adapters.k8s.KubernetesCalls;
import org.kubedeck.adapters.k8s.KubernetesClients;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.cluster.Identity;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.workload.WorkloadView;

/**
 * Requests made as a person on the rig's real API server, whose RBAC decides: the console's credential (the rig's
 * admin, who may impersonate) sends {@code Impersonate-User} and {@code Impersonate-Group}; what the console was let
 * do agrees with the API server's own answer to a SubjectAccessReview (what {@code kubectl auth can-i --as} asks).
 */
class ImpersonationTest {

    private static final WorkloadView WEB = new WorkloadView("web", ResourceKind.DEPLOYMENT, Map.of("app", "web"),
            2, 2);

    @RegisterExtension
    final RigNamespace namespace = new RigNamespace();

    /** The Impersonate-* headers of each request, as it left for the API server. */
    private final List<String> impersonated = new CopyOnWriteArrayList<>();
    private final Interceptor headers = chain -> {
        impersonated.add(chain.request().headers("Impersonate-User") + " "
                + chain.request().headers("Impersonate-Group"));
        return chain.proceed(chain.request());
    };
    private final KubernetesClients clients = new KubernetesClients(List.of(headers));
    private final KubernetesCalls calls = new KubernetesCalls(clients);
    private final WorkloadKubernetesAdapter workloads = new WorkloadKubernetesAdapter(calls);

    @AfterEach
    void close() {
        calls.close();
        clients.close();
    }

    @Test
    void aPersonWhoseGroupMayOnlyReadReadsAndIsRefusedAChangeAsTheApiServerSays() {
        namespace.withShop(2);
        String ns = namespace.name();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String user = "ana-" + suffix;
        String readers = "readers-" + suffix;
        namespace.objects().rbac().roleBindings().inNamespace(ns).resource(new RoleBindingBuilder()
                .withNewMetadata().withName("readers").endMetadata()
                .addNewSubject().withKind("Group").withName(readers).withApiGroup("rbac.authorization.k8s.io")
                .endSubject()
                .withNewRoleRef().withKind("ClusterRole").withName("view").withApiGroup("rbac.authorization.k8s.io")
                .endRoleRef().build()).create();
        ClusterAccess asAna = namespace.access().actingAs(new Identity(user, List.of(readers)));
        ClusterAccess asStranger = namespace.access().actingAs(new Identity("stranger-" + suffix, List.of()));

        // The API server's RBAC learns of the binding from its own watch, a moment later.
        RigNamespace.await(RigNamespace.SETTLE, () -> {
            try {
                return workloads.pods(asAna, ns, WEB).size() == 2;
            } catch (AccessDeniedException e) {
                return false;
            }
        });
        String pod = workloads.pods(asAna, ns, WEB).get(0).name();
        assertThatThrownBy(() -> workloads.setLabel(asAna, ns, pod, "load", "done"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("The cluster does not let " + user + " patch Pod " + ns + "/" + pod
                        + " (its own RBAC decides): ")
                .hasMessageContaining("User \"" + user + "\" cannot patch resource \"pods\"");
        assertThat(namespace.objects().pods().inNamespace(ns).withName(pod).get().getMetadata().getLabels())
                .as("nothing changed").containsEntry("load", "online");
        assertThatThrownBy(() -> workloads.pods(asStranger, ns, WEB)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("stranger-" + suffix);

        assertThat(canI(user, List.of(readers), "list", "pods")).isTrue();
        assertThat(canI(user, List.of(readers), "patch", "pods")).isFalse();
        assertThat(canI("stranger-" + suffix, List.of(), "list", "pods")).isFalse();

        assertThat(impersonated).contains("[" + user + "] [" + readers + "]", "[stranger-" + suffix + "] []");
        try (WorkloadInformerAdapter cache = new WorkloadInformerAdapter(workloads, clients, Duration.ofMinutes(1))) {
            assertThatThrownBy(() -> cache.pods(asStranger, ns, WEB)).as("read directly, as the person: refused")
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(cache.pods(asAna, ns, WEB)).hasSize(2);
            assertThat(cache.existing(asAna, ns)).as("no shared watch for a person").isEmpty();
        }
        impersonated.clear();
        assertThat(workloads.setLabel(namespace.access(), ns, pod, "load", "done").yaml()).contains("load: done");
        assertThat(impersonated).as("the console's own requests impersonate nobody").containsOnly("[] []");
    }

    /** What {@code kubectl auth can-i <verb> <resource> -n <ns> --as <user> --as-group <group>} answers. */
    private boolean canI(String user, List<String> groups, String verb, String resource) {
        return namespace.objects().authorization().v1().subjectAccessReview().create(new SubjectAccessReviewBuilder()
                .withNewSpec().withUser(user).withGroups(groups).withNewResourceAttributes()
                .withNamespace(namespace.name()).withVerb(verb).withResource(resource).endResourceAttributes()
                .endSpec().build()).getStatus().getAllowed();
    }
}
