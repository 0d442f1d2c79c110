package org.kubedeck.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kubedeck.application.audit.port.in.VerifyAuditChainUseCase.ChainReport;
import org.kubedeck.application.testing.TestFixture;
import org.kubedeck.domain.AccessDeniedException;
import org.kubedeck.domain.audit.AuditAction;
import org.kubedeck.domain.audit.AuditDetail;
import org.kubedeck.domain.audit.AuditEvent;
import org.kubedeck.domain.audit.AuditFilter;
import org.kubedeck.domain.audit.Outcome;
import org.kubedeck.domain.user.Actor;
import org.kubedeck.domain.user.Permissions;

class AuditServiceTest {

    private final TestFixture f = new TestFixture();
    private final AuditService service = new AuditService(f.audit, f.auditLog, f.guard);
    private final Actor root = TestFixture.actor("root", Permissions.ADMINISTRATOR);
    private final Actor reader = TestFixture.actor("reader", Permissions.globalRead());

    @Test
    void adminSeesEveryEntryOthersOnlyTheirOwn() {
        f.auditLog.success(root, AuditAction.LOGIN, "root", null, AuditDetail.EMPTY);
        f.auditLog.success(reader, AuditAction.LOGIN, "reader", null, AuditDetail.EMPTY);

        assertThat(service.search(root, AuditFilter.ALL, 50, null).items()).hasSize(2);
        assertThat(service.search(reader, AuditFilter.ALL, 50, null).items())
                .extracting(r -> r.event().actor()).containsExactly("reader");
        assertThat(service.search(reader, AuditFilter.ALL.withActor("root"), 50, null).items()).isEmpty();
    }

    @Test
    void limitIsBounded() {
        for (int i = 0; i < 600; i++) {
            f.auditLog.success(root, AuditAction.LOGIN, "root", null, AuditDetail.EMPTY);
        }
        assertThat(service.search(root, AuditFilter.ALL, 10_000, null).items()).hasSize(500);
        assertThat(service.search(root, AuditFilter.ALL, 0, null).items()).hasSize(50);
    }

    @Test
    void verifyReportsAnIntactChain() {
        for (int i = 0; i < 3; i++) {
            f.auditLog.success(root, AuditAction.LOGIN, "root", null, AuditDetail.EMPTY);
        }
        ChainReport report = service.verify(root);
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(3);
        assertThat(f.audit.events(AuditAction.AUDIT_CHAIN_VERIFIED)).hasSize(1);
    }

    @Test
    void verifyFindsTheFirstTamperedEntry() {
        for (int i = 0; i < 4; i++) {
            f.auditLog.success(root, AuditAction.LOGIN, "root", null, AuditDetail.EMPTY);
        }
        AuditEvent original = f.audit.events().get(1);
        f.audit.tamper(2, new AuditEvent(original.time(), "someone-else", original.clientIp(), original.action(),
                original.target(), null, Outcome.SUCCESS, original.detail()));

        ChainReport report = service.verify(root);
        assertThat(report.firstBrokenId()).isEqualTo(2L);
        assertThat(report.checked()).isEqualTo(1);
        assertThat(report.problem()).contains("changed");
    }

    @Test
    void onlyAdminsMayVerify() {
        assertThatThrownBy(() -> service.verify(reader)).isInstanceOf(AccessDeniedException.class);
        assertThat(f.audit.events(AuditAction.DENIED)).hasSize(1);
    }
}
