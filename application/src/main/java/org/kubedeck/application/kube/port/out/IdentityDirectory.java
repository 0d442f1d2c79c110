package org.kubedeck.application.kube.port.out;

import java.util.List;
import org.kubedeck.domain.user.Username;

/** The groups a person belongs to, as the identity provider last named them; none for a password user. */
public interface IdentityDirectory {

    List<String> groups(Username user);
}
