package org.kubedeck.application.data.port.in;

import java.util.List;
import org.kubedeck.domain.data.DataEntry;
import org.kubedeck.domain.kube.ResourceRef;
import org.kubedeck.domain.user.Actor;

/** A ConfigMap's or a Secret's keys, for those who may read the cluster; a Secret's values masked. */
public interface DataKeysQuery {

    List<DataEntry> keys(Actor actor, ResourceRef holder);
}
