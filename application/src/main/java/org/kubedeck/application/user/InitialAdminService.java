package org.kubedeck.application.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.kubedeck.application.UseCase;
import org.kubedeck.application.audit.AuditLog;
import org.kubedeck.application.user.port.in.EnsureInitialAdminUseCase;
import org.kubedeck.application.user.port.out.PasswordHasher;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.NewPassword;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.transaction.annotation.Transactional;

@UseCase
class InitialAdminService implements EnsureInitialAdminUseCase {

    static final Username ADMIN = new Username("admin");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private final UserStore users;
    private final PasswordHasher hasher;
    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    InitialAdminService(UserStore users, PasswordHasher hasher, AuditLog auditLog, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<String> ensureInitialAdmin(Optional<String> configuredPassword) {
        if (!users.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        Optional<String> generated = configured.isPresent() ? Optional.empty() : Optional.of(randomPassword());
        NewPassword password = new NewPassword(configured.orElseGet(generated::get));
        User admin = User.invited(ADMIN, hasher.hash(password), Permissions.ADMINISTRATOR, clock.instant());
        users.save(admin);
        auditLog.success(Actor.system(), AuditAction.USER_CREATED, ADMIN.value(), null,
                AuditDetail.of("permissions", "admin", "initial", true));
        return generated;
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
