package org.kubedeck.domain.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.workload.PodSelection.PodPage;

class PodSelectionTest {

    private static final LoadLabel LOAD = LoadLabel.DEFAULT;

    private static PodView pod(String name, String phase, boolean ready, String load, String podIp, int restarts,
            long createdSecond) {
        return new PodView(name, "shop", phase, ready, ready ? 1 : 0, 1, restarts, "node-a", "10.0.0.1", podIp,
                Instant.ofEpochSecond(createdSecond), load == null ? Map.of() : Map.of("load", load), List.of("web:1"),
                List.of("web"));
    }

    /** web-000 … web-(n-1), all Running, ready and online, pod IPs 10.1.0.1 upwards. */
    private static List<PodView> web(int count) {
        return IntStream.range(0, count).mapToObj(i -> pod("web-%03d".formatted(i), "Running", true, "online",
                "10.1.%d.%d".formatted(i / 250, i % 250 + 1), 0, i)).toList();
    }

    @Test
    void pagesCutTheMatchingPodsInOrderAndAPagePastTheEndShowsTheLast() {
        List<PodView> pods = web(120);

        PodPage second = PodSelection.FIRST_PAGE.withPage(2).select(pods, LOAD);
        assertThat(second.items()).extracting(PodView::name).first().isEqualTo("web-050");
        assertThat(second.items()).hasSize(50);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.first()).isEqualTo(51);
        assertThat(second.last()).isEqualTo(100);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();

        PodPage beyond = PodSelection.FIRST_PAGE.withPage(9).select(pods, LOAD);
        assertThat(beyond.selection().page()).isEqualTo(3);
        assertThat(beyond.items()).extracting(PodView::name).containsExactly(
                IntStream.range(100, 120).mapToObj(i -> "web-%03d".formatted(i)).toArray(String[]::new));
        assertThat(beyond.hasNext()).isFalse();
    }

    @Test
    void anEmptyListIsOnePageWithNothingOnIt() {
        PodPage page = PodSelection.FIRST_PAGE.select(List.of(), LOAD);

        assertThat(page.items()).isEmpty();
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.first()).isZero();
        assertThat(page.last()).isZero();
    }

    @Test
    void theStatusFilterAndItsCountsKnowPendingNotReadyFailedKickedAndOnline() {
        List<PodView> pods = List.of(
                pod("a", "Running", true, "online", "10.0.0.2", 0, 1),
                pod("b", "Running", true, "done", "10.0.0.3", 0, 1),
                pod("c", "Pending", false, "online", null, 0, 1),
                pod("d", "Failed", false, null, null, 3, 1),
                pod("e", "Running", false, "online", "10.0.0.4", 1, 1));

        PodPage page = PodSelection.of(null, "kicked", null, null, null, null).select(pods, LOAD);

        assertThat(page.items()).extracting(PodView::name).containsExactly("b");
        assertThat(page.matching()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(PodStatus.ALL, 5, PodStatus.RUNNING, 3,
                PodStatus.PENDING, 1, PodStatus.NOT_READY, 3, PodStatus.FAILED, 1, PodStatus.KICKED, 1,
                PodStatus.ONLINE, 3));
        assertThat(PodSelection.of(null, "not-ready", null, null, null, null).matching(pods, LOAD))
                .extracting(PodView::name).containsExactly("c", "d", "e");
    }

    @Test
    void theFilterTextMatchesNameAndAddressesWhateverTheCase() {
        List<PodView> pods = List.of(pod("Web-A", "Running", true, "online", "10.9.0.7", 0, 1),
                pod("db-0", "Running", true, "online", "10.9.1.8", 0, 1));

        assertThat(PodSelection.of("web-a", null, null, null, null, null).matching(pods, LOAD))
                .extracting(PodView::name).containsExactly("Web-A");
        assertThat(PodSelection.of(" 10.9.1 ", null, null, null, null, null).matching(pods, LOAD))
                .extracting(PodView::name).containsExactly("db-0");
        assertThat(PodSelection.of("10.0.0.1", null, null, null, null, null).matching(pods, LOAD))
                .as("the node IP").hasSize(2);
        assertThat(PodSelection.of("nothing", null, null, null, null, null).matching(pods, LOAD)).isEmpty();
    }

    @Test
    void sortsByAnyColumnBothWaysWithTheNameBreakingTies() {
        List<PodView> pods = List.of(
                pod("c", "Running", true, "online", "10.0.0.10", 2, 30),
                pod("a", "Running", true, "done", "10.0.0.9", 0, 10),
                pod("b", "Pending", false, "online", null, 2, 20));

        assertThat(names(pods, "pod-ip", "asc")).containsExactly("a", "c", "b");
        assertThat(names(pods, "restarts", "desc")).containsExactly("c", "b", "a");
        assertThat(names(pods, "restarts", "asc")).containsExactly("a", "b", "c");
        assertThat(names(pods, "age", "asc")).as("youngest first").containsExactly("c", "b", "a");
        assertThat(names(pods, "status", "asc")).containsExactly("b", "a", "c");
        assertThat(names(pods, "load", "asc")).containsExactly("a", "b", "c");
        assertThat(names(pods, "name", "desc")).containsExactly("c", "b", "a");
    }

    @Test
    void wordsOutsideTheGrammarAreRefusedNamingTheirField() {
        assertRefused(() -> PodSelection.of(null, "sleeping", null, null, null, null), "status");
        assertRefused(() -> PodSelection.of(null, null, "colour", null, null, null), "sort");
        assertRefused(() -> PodSelection.of(null, null, null, "up", null, null), "dir");
        assertRefused(() -> PodSelection.of(null, null, null, null, 0, null), "page");
        assertRefused(() -> PodSelection.of(null, null, null, null, null, 0), "size");
        assertRefused(() -> PodSelection.of(null, null, null, null, null, 501), "size");
        assertRefused(() -> PodSelection.of("x".repeat(101), null, null, null, null, null), "q");
        assertRefused(() -> PodSelection.of("web\u0000", null, null, null, null, null), "q");
    }

    private static List<String> names(List<PodView> pods, String sort, String direction) {
        return PodSelection.of(null, null, sort, direction, null, null).matching(pods, LOAD).stream()
                .map(PodView::name).toList();
    }

    private static void assertRefused(Runnable parse, String field) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
