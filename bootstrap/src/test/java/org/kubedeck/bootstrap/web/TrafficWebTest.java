package org.kubedeck.bootstrap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.k8s.testing.RigNamespace;
import org.kubedeck.domain.user.Permissions;
import tools.jackson.databind.JsonNode;

/** The pods behind a Service, the kicked-out ones marked, an Ingress's routes, and a namespace's events, on the rig. */
@WebTest
class TrafficWebTest extends YamlClusterWebTest {

    @Test
    void aServiceShowsItsPodsAndWhichTheLoadLabelKeepsOut() {
        cluster.rig().create("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: shop}
                spec:
                  replicas: 2
                  selector: {matchLabels: {app: shop}}
                  template:
                    metadata: {labels: {app: shop, load: online}}
                    spec: {containers: [{name: shop, image: "nginx:1.27"}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: shop}
                spec:
                  selector: {app: shop, load: online}
                  ports: [{port: 80, targetPort: 8080}]
                """);
        String endpoints = "/api/k8s/services/" + c + "/" + ns + "/shop/endpoints";
        RigNamespace.await(RigNamespace.SETTLE, () -> states(team.reader().get(endpoints).json())
                .equals(List.of("serving", "serving")));
        String kicked = team.reader().get(endpoints).json().get("backends").get(0).get("pod").asString();
        cluster.objects().pods().inNamespace(ns).withName(kicked).edit(pod -> {
            pod.getMetadata().getLabels().put("load", "done");
            return pod;
        });
        RigNamespace.await(RigNamespace.SETTLE, () -> states(team.reader().get(endpoints).json())
                .equals(List.of("serving", "kicked_out")));
        JsonNode answer = team.reader().get(endpoints).assertStatus(200).json();
        assertThat(answer.get("ports").get(0).asString()).isEqualTo("80→8080/TCP");
        assertThat(answer.get("backends").get(1).get("pod").asString()).isEqualTo(kicked);
        assertThat(answer.get("backends").get(0).get("ip").asString()).startsWith("127.");

        String page = team.reader().get("/resources/" + c + "/services/shop?namespace=" + ns).assertStatus(200)
                .body();
        assertThat(page).contains("id=\"backends\"", "kicked out of load balancing", kicked);
        // Someone without read on the cluster does not learn that it exists: 404, as for every cluster page.
        f.signedIn(f.user("outsider", Permissions.NONE)).get(endpoints).assertStatus(404);
        team.reader().get("/api/k8s/services/" + c + "/" + ns + "/nothing/endpoints").assertStatus(404);
    }

    @Test
    void anIngressShowsItsRoutesAndABackendThatIsMissing() {
        cluster.rig().create("""
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: front}
                spec:
                  tls: [{hosts: [shop.example.com], secretName: shop-tls}]
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /old, pathType: Exact, backend: {service: {name: gone, port: {name: http}}}}
                """);
        JsonNode routes = team.reader().get("/api/k8s/ingresses/" + c + "/" + ns + "/front/routes").assertStatus(200)
                .json();
        assertThat(routes.get("routes").valueStream().map(route -> route.get("host").asString() + route.get("path")
                .asString() + " " + route.get("service").asString() + ":" + route.get("port").asString() + " "
                + route.get("service_exists").asBoolean()).toList())
                .containsExactly("shop.example.com/ web:80 true", "shop.example.com/old gone:http false");
        assertThat(routes.get("tls").get(0).get("secret").asString()).isEqualTo("shop-tls");
        assertThat(team.reader().get("/resources/" + c + "/ingresses.networking.k8s.io/front?namespace=" + ns)
                .assertStatus(200).body()).contains("id=\"routes\"", "no such Service in this namespace");
    }

    @Test
    void aNamespacesEventsAreListedNewestFirstAndTheTableReloadsAlone() {
        String events = "/events/" + c + "?namespace=" + ns;
        RigNamespace.await(RigNamespace.SETTLE, () -> team.reader().get(events).body().contains("ScalingReplicaSet"));
        String page = team.reader().get(events).assertStatus(200).body();
        assertThat(page).contains("id=\"events\"", "Deployment/web", "hx-trigger=\"every 5s\"");
        String table = team.reader().get(events, "HX-Request", "true").assertStatus(200).body();
        assertThat(table).contains("id=\"events-table\"").doesNotContain("<html");
        assertThat(team.reader().get(events + "&warnings=true").body()).doesNotContain("ScalingReplicaSet");
        assertThat(team.reader().get("/k8s/" + c + "/" + ns).body()).contains("id=\"events-link\"");
    }

    private static List<String> states(JsonNode endpoints) {
        return endpoints.get("backends").valueStream().map(backend -> backend.get("state").asString()).toList();
    }
}
