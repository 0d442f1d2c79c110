package org.kubedeck.web.data;

import java.util.List;
import org.kubedeck.application.data.port.in.DataKeysQuery;
import org.kubedeck.application.data.port.in.EditDataUseCase;
import org.kubedeck.application.data.port.in.EditDataUseCase.RemoveKeyCommand;
import org.kubedeck.application.data.port.in.EditDataUseCase.SetKeyCommand;
import org.kubedeck.application.data.port.in.RevealSecretUseCase;
import org.kubedeck.application.data.port.in.RevealSecretUseCase.RevealCommand;
import org.kubedeck.domain.data.DataEntry;
import org.kubedeck.domain.data.DataKey;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.web.support.ClusterParameter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A ConfigMap's or a Secret's keys one by one: read, set, removed; a Secret's value revealed to writers. */
@RestController
@RequestMapping("/api/k8s/data/{cluster}/{namespace}")
class DataApiController {

    private final DataKeysQuery keys;
    private final EditDataUseCase editing;
    private final RevealSecretUseCase reveals;

    DataApiController(DataKeysQuery keys, EditDataUseCase editing, RevealSecretUseCase reveals) {
        this.keys = keys;
        this.editing = editing;
        this.reveals = reveals;
    }

    record KeyJson(String key, String value, int size, boolean binary, boolean masked) {
    }

    record KeysJson(String kind, String name, List<KeyJson> keys) {

        static KeysJson of(ResourceRef holder, List<DataEntry> entries) {
            return new KeysJson(holder.kind().code(), holder.name(), entries.stream().map(entry -> new KeyJson(
                    entry.key(), entry.value(), entry.size(), entry.binary(), entry.masked())).toList());
        }
    }

    record ValueJson(String value) {
    }

    record RevealedJson(String key, String value) {
    }

    /** {@code kind}: {@code configmap} or {@code secret}. */
    @GetMapping("/{kind}/{name}")
    KeysJson keys(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name) {
        ResourceRef holder = ClusterParameter.object(cluster, namespace, kind, name);
        return KeysJson.of(holder, keys.keys(actor, holder));
    }

    @PutMapping("/{kind}/{name}/keys/{key}")
    KeysJson set(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @PathVariable String key,
            @RequestBody ValueJson body) {
        ResourceRef holder = ClusterParameter.object(cluster, namespace, kind, name);
        return KeysJson.of(holder, editing.set(actor, new SetKeyCommand(holder, new DataKey(key), body.value())));
    }

    @DeleteMapping("/{kind}/{name}/keys/{key}")
    KeysJson remove(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String kind, @PathVariable String name, @PathVariable String key) {
        ResourceRef holder = ClusterParameter.object(cluster, namespace, kind, name);
        return KeysJson.of(holder, editing.remove(actor, new RemoveKeyCommand(holder, new DataKey(key))));
    }

    /** A POST: every reveal is recorded in the audit log. */
    @PostMapping("/secret/{name}/keys/{key}/reveal")
    RevealedJson reveal(Actor actor, @PathVariable String cluster, @PathVariable String namespace,
            @PathVariable String name, @PathVariable String key) {
        ResourceRef secret = ClusterParameter.namespace(cluster, namespace).object(ResourceKind.SECRET, name);
        return new RevealedJson(key, reveals.reveal(actor, new RevealCommand(secret, new DataKey(key))));
    }
}
