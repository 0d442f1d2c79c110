package org.kubedeck.application.sso.port.out;

import java.util.List;
import org.kubedeck.domain.user.Username;

/** The groups the identity provider named for a user at their last sign-in, kept for clusters that impersonate. */
public interface GroupMembershipStore {

    void replace(Username user, List<String> groups);
}
