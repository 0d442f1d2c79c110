package org.kubedeck.web.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void ratiosRunFromTheBottomToTheTopAcrossTheWidth() {
        assertThat(Sparkline.points(List.of(0.0, 0.5, 1.0))).isEqualTo("0.0,24.0 60.0,12.0 120.0,0.0");
        assertThat(Sparkline.points(List.of(1.7, -0.1))).as("clamped").isEqualTo("0.0,0.0 120.0,24.0");
        assertThat(Sparkline.points(List.of(0.3))).isEmpty();
    }
}
