package org.kubedeck.domain.cluster;

/** What a successful connection tells about a cluster. */
public record ClusterInfo(String version, int nodeCount) {
}
