package org.kubedeck.domain.node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which workloads attract or repel which through their pods' affinity and anti-affinity: a link from the workload
 * whose template carries a term to each workload whose pods the term selects (itself too: anti-affinity to one's
 * own pods spreads the replicas). Terms that select no workload are kept apart: they constrain nothing today.
 */
public record AffinityMap(List<WorkloadScheduling> workloads, List<Link> links, List<Unmatched> unmatched) {

    public AffinityMap {
        workloads = List.copyOf(workloads);
        links = List.copyOf(links);
        unmatched = List.copyOf(unmatched);
    }

    public record Link(WorkloadScheduling from, WorkloadScheduling to, PodAffinityTerm term) {
    }

    public record Unmatched(WorkloadScheduling from, PodAffinityTerm term) {
    }

    /** From every workload of the namespace (or the cluster), in their order; only those in a link are listed. */
    public static AffinityMap of(List<WorkloadScheduling> all) {
        List<Link> links = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        Set<WorkloadScheduling> linked = new LinkedHashSet<>();
        for (WorkloadScheduling from : all) {
            for (PodAffinityTerm term : from.podTerms()) {
                List<WorkloadScheduling> targets = all.stream().filter(to -> term.selects(from.namespace(),
                        to.namespace(), to.podLabels())).toList();
                if (targets.isEmpty()) {
                    unmatched.add(new Unmatched(from, term));
                }
                for (WorkloadScheduling to : targets) {
                    links.add(new Link(from, to, term));
                    linked.add(from);
                    linked.add(to);
                }
            }
        }
        return new AffinityMap(all.stream().filter(linked::contains).toList(), links, unmatched);
    }

    /** The links from one workload to another, in the order the terms are written. */
    public List<Link> between(WorkloadScheduling from, WorkloadScheduling to) {
        return links.stream().filter(link -> link.from().equals(from) && link.to().equals(to)).toList();
    }
}
