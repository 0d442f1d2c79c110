package org.kubedeck.domain.cluster;

import org.kubedeck.domain.DomainException;
import org.kubedeck.domain.Message;

/** The cluster's API server could not be reached, did not answer in time, or refused the credentials. */
public class ClusterUnavailableException extends DomainException {

    public ClusterUnavailableException(String message) {
        super(message);
    }

    public ClusterUnavailableException(Message message) {
        super(message);
    }
}
