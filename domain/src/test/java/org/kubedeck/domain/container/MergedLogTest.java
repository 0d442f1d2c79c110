package org.kubedeck.domain.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedLogTest {

    @Test
    void aLineIsSplitIntoTheKubeletsTimeAndItsTextWhateverTheFractionsLength() {
        assertThat(PodLogLine.parse("web-1", "main", "2026-12-07T10:39:38.5Z GET /  200"))
                .isEqualTo(new PodLogLine("web-1", "main", Instant.parse("2026-12-07T10:39:38.500Z"), "GET /  200"));
        assertThat(PodLogLine.parse("web-1", "main", "no time here").time()).isNull();
        assertThat(PodLogLine.parse("web-1", "main", "no time here").text()).isEqualTo("no time here");
    }

    @Test
    void linesOfSeveralPodsComeInTimeOrderALineWithoutTimeStayingAfterItsPredecessor() {
        List<PodLogLine> one = List.of(PodLogLine.parse("a", "m", "2026-12-07T10:00:00.5Z a1"),
                PodLogLine.parse("a", "m", "continued"), PodLogLine.parse("a", "m", "2026-12-07T10:00:02Z a2"));
        List<PodLogLine> two = List.of(PodLogLine.parse("b", "m", "2026-12-07T10:00:00.123456789Z b1"),
                PodLogLine.parse("b", "m", "2026-12-07T10:00:00.5Z b2"),
                PodLogLine.parse("b", "m", "2026-12-07T10:00:01Z b3"));

        MergedLog merged = MergedLog.merge(List.of(one, two), List.of("a", "b"), List.of());

        assertThat(merged.lines()).extracting(PodLogLine::text)
                .containsExactly("b1", "a1", "continued", "b2", "b3", "a2");
    }
}
