package org.kubedeck.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kubedeck.adapters.persistence.PostgresTest;
import org.kubedeck.application.testing.UserStoreContract;
import org.kubedeck.application.user.port.out.UserStore;
import org.kubedeck.domain.ConflictException;
import org.kubedeck.domain.user.PasswordHash;
import org.kubedeck.domain.user.Permissions;
import org.kubedeck.domain.user.User;
import org.kubedeck.domain.user.Username;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresTest
class UserJpaAdapterTest extends UserStoreContract {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserJpaAdapterTest(UserStore store) {
        super(store);
    }

    /**
     * Two requests create one user at the same moment: the second waits on the first's row and, once that is
     * committed, is told of the conflict by the adapter (not by a database error at the end of its use case).
     */
    @Test
    void aUserCreatedTwiceAtTheSameMomentIsAConflictForTheSecond() throws Exception {
        Username name = Username.of("race-" + UUID.randomUUID().toString().substring(0, 8));
        User user = User.create(name, new PasswordHash("{test}x"), Permissions.globalRead(),
                Instant.parse("2026-03-01T00:00:00Z"));
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        AtomicReference<CompletableFuture<Throwable>> second = new AtomicReference<>();

        inTransaction.executeWithoutResult(first -> {
            store().save(user);
            second.set(CompletableFuture.supplyAsync(() -> {
                try {
                    inTransaction.executeWithoutResult(status -> store().save(user));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
            sleep(300);
        });

        assertThat(second.get().get(10, TimeUnit.SECONDS)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("'" + name.value() + "' was created or changed by another request");
        assertThat(store().find(name)).isPresent();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
