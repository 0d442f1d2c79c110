package org.kubedeck.application.sso.port.in;

import java.util.List;
import java.util.Objects;
import org.kubedeck.domain.sso.GroupRule;
import org.kubedeck.domain.user.User;

/**
 * A person the identity provider vouched for, signing in: made a Kubedeck user on their first sign-in, and given
 * at each sign-in the permissions their groups give by the rules. Refused (audited as {@code login_failed}) when
 * their groups give nothing, when a password account has the name, or when the account is disabled.
 */
public interface SignInWithSsoUseCase {

    User signIn(SsoSignIn command);

    /**
     * @param username the provider's username claim, as sent
     * @param groups   the provider's groups claim (empty when it sent none), without what no group can be named
     *                 ({@link GroupRule#isGroupName}): no rule names it, and neither a cluster nor the audit log
     *                 is told it
     */
    record SsoSignIn(String username, List<String> groups, String clientIp) {

        public SsoSignIn {
            username = username == null ? "" : username.strip();
            groups = groups == null ? List.of() : groups.stream().filter(Objects::nonNull)
                    .filter(GroupRule::isGroupName).distinct().toList();
            clientIp = clientIp == null ? "" : clientIp;
        }
    }
}
