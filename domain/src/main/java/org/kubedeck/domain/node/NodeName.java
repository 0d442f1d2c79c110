package org.kubedeck.domain.node;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/** The name a command about one node needs. */
public final class NodeName {

    private NodeName() {
    }

    /** The name, when there is one; InvalidInputException (field {@code node}) when it is missing or blank. */
    public static String check(String node) {
        if (node == null || node.isBlank()) {
            throw new InvalidInputException("node", Message.of("node.nameNode", "Name the node."));
        }
        return node;
    }
}
