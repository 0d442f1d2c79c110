package org.kubedeck.application.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kubedeck.application.label.port.out.LabelCluster;
import org.kubedeck.domain.NotFoundException;
import org.kubedeck.domain.cluster.ClusterAccess;
import org.kubedeck.domain.kube.LabelSelector;
import org.kubedeck.domain.kube.ResourceKind;
import org.kubedeck.domain.label.LabelChange;

/** Labelled objects of one cluster in memory; counts the patches it was sent. */
public class FakeLabelCluster implements LabelCluster {

    private final Map<String, LabeledObject> objects = new TreeMap<>();
    private int patches;

    public synchronized void put(ResourceKind kind, String namespace, String name, Map<String, String> labels) {
        objects.put(key(kind, namespace, name), new LabeledObject(kind, namespace, name, labels));
    }

    public synchronized int patches() {
        return patches;
    }

    @Override
    public synchronized Map<String, String> labels(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name) {
        return existing(kind, namespace, name).labels();
    }

    @Override
    public synchronized Map<String, String> change(ClusterAccess cluster, ResourceKind kind, String namespace,
            String name, LabelChange change) {
        Map<String, String> after = change.applyTo(existing(kind, namespace, name).labels());
        put(kind, namespace, name, after);
        patches++;
        return after;
    }

    @Override
    public synchronized List<LabeledObject> select(ClusterAccess cluster, ResourceKind kind, String namespace,
            LabelSelector selector) {
        List<LabeledObject> found = new ArrayList<>();
        for (LabeledObject object : objects.values()) {
            if (object.kind() == kind && (namespace == null || namespace.equals(object.namespace()))
                    && selector.matches(object.labels())) {
                found.add(object);
            }
        }
        found.sort(Comparator.comparing(LabeledObject::namespace).thenComparing(LabeledObject::name));
        return found;
    }

    private LabeledObject existing(ResourceKind kind, String namespace, String name) {
        LabeledObject object = objects.get(key(kind, namespace, name));
        if (object == null) {
            throw new NotFoundException(kind.kind() + " " + namespace + "/" + name + " does not exist.");
        }
        return object;
    }

    private static String key(ResourceKind kind, String namespace, String name) {
        return kind.code() + "/" + namespace + "/" + name;
    }
}
