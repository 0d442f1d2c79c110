package org.kubedeck.application.version;

import org.kubedeck.application.kube.port.out.VersionStore;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.kube.YamlVersion;

/** What the version use cases look up in the store alike: a version by id, a resource's latest number. */
final class Versions {

    private final VersionStore store;

    Versions(VersionStore store) {
        this.store = store;
    }

    /** NotFoundException when there is no such version. */
    YamlVersion find(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(Message.of("version.versionDoesNotExist",
                "Version {0} does not exist.", id)));
    }

    /** The number of the resource's latest version; 0 before its history starts. */
    int latestNumber(ResourceRef resource) {
        return store.latest(resource).map(YamlVersion::version).orElse(0);
    }

    static NotFoundException missing(ResourceRef resource) {
        return new NotFoundException(Message.of("kube.objectDoesNotExistInCluster",
                "{0} {1}/{2} does not exist in cluster '{3}'.", resource.kind().kind(), resource.namespace(),
                resource.name(), resource.cluster()));
    }
}
