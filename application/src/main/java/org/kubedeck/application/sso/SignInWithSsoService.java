package org.kubedeck.application.sso;

import java.time.Clock;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.cluster.port.out.ClusterStore;
import org.kubedeck.application.sso.port.in.SignInWithSsoUseCase;
import org.kubedeck.application.sso.port.out.GroupMembershipStore;
import org.kubedeck.application.sso.port.out.GroupRuleStore;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.cluster.Cluster;
import org.kubedeck.domain.sso.GroupRules;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's permissions are the rules' each time they sign in, so that a change of groups at the provider (or
 * of rules here) counts from their next sign-in. A password account of the same name is never taken over.
 */
@UseCase
class SignInWithSsoService implements SignInWithSsoUseCase {

    private final UserStore users;
    private final GroupRuleStore rules;
    private final GroupMembershipStore memberships;
    private final ClusterStore clusters;
    private final AuditLog auditLog;
    private final Clock clock;

    SignInWithSsoService(UserStore users, GroupRuleStore rules, GroupMembershipStore memberships,
            ClusterStore clusters, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.rules = rules;
        this.memberships = memberships;
        this.clusters = clusters;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public User signIn(SsoSignIn command) {
        Username username;
        try {
            username = Username.of(command.username());
        } catch (InvalidInputException e) {
            throw refused(command, "bad_username", Message.of("sso.usernameNotValid",
                    "The identity provider names you '{0}', which is not a Kubedeck user name (letters, digits, "
                            + "dots, dashes and underscores).", command.username()));
        }
        Permissions permissions = GroupRules.permissions(rules.all(), command.groups(),
                clusters.findAll().stream().map(Cluster::name).toList());
        if (permissions.equals(Permissions.NONE)) {
            throw refused(command, "no_group_rule", Message.of("sso.noAccess",
                    "None of your groups gives access to Kubedeck. Ask an administrator to add a rule for one of "
                            + "them."));
        }
        Optional<User> existing = users.find(username);
        if (existing.isPresent() && existing.get().passwordHash().usable()) {
            throw refused(command, "password_account", Message.of("sso.passwordAccount",
                    "A Kubedeck account with a password is named '{0}'; it cannot be signed in to through single "
                            + "sign-on.", username));
        }
        if (existing.isPresent() && !existing.get().enabled()) {
            throw refused(command, "disabled", Message.of("sso.disabled", "Your account is disabled."));
        }
        User user = existing.map(known -> known.withPermissions(permissions))
                .orElseGet(() -> User.create(username, PasswordHash.NONE, permissions, clock.instant()));
        users.save(user);
        // Kept for the clusters that act as the person: their RBAC may bind these groups.
        memberships.replace(username, command.groups());
        AuditDetail detail = AuditDetail.of("method", "sso", "groups", String.join(",", command.groups()));
        if (existing.isEmpty()) {
            auditLog.success(Actor.of(user, command.clientIp()), AuditAction.USER_CREATED, username.value(), null,
                    detail);
        }
        auditLog.success(Actor.of(user, command.clientIp()), AuditAction.LOGIN, username.value(), null, detail);
        return user;
    }

    private AccessDeniedException refused(SsoSignIn command, String reason, Message why) {
        String shown = Username.asTried(command.username());
        auditLog.record(shown, command.clientIp(), AuditAction.LOGIN_FAILED, shown, null, Outcome.FAILURE,
                AuditDetail.of("reason", reason, "method", "sso", "groups", String.join(",", command.groups())));
        return new AccessDeniedException(why);
    }
}
