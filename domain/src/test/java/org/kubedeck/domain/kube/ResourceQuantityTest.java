package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kubedeck.domain.InvalidInputException;


class ResourceQuantityTest {

    @ParameterizedTest
    @CsvSource({"500m,500", "2,2000", "1.5,1500", "0.5,500", ".25,250", "2000m,2000", "1e3,1000000", "1k,1000000"})
    void cpuIsReadInMillicores(String quantity, long millicores) {
        assertThat(ResourceQuantity.millicores("cpu", quantity)).isEqualTo(millicores);
    }

    @ParameterizedTest
    @CsvSource({"4Gi,4294967296", "512Mi,536870912", "1G,1000000000", "1.5Gi,1610612736", "1024,1024",
            "1Ki,1024"})
    void sizesAreReadInBytes(String quantity, long bytes) {
        assertThat(ResourceQuantity.bytes("memory", quantity)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"requests.cpu,1.5,1500m", "cpu,2,2", "limits.cpu,0.0001,0.0001", "memory,805306368,768Mi",
            "requests.ephemeral-storage,1073741824,1Gi", "memory,1000,1000", "pods,3,3", "count/pods,1024,1024",
            "nvidia.com/gpu,2,2", "requests.memory,0,0"})
    void amountsAreWrittenInTheUnitsOfTheirResource(String resource, String amount, String written) {
        assertThat(ResourceQuantity.format(resource, new java.math.BigDecimal(amount))).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two", "4GG", "-1", "4 Gi", "Gi", "1.5.5", "4gi"})
    void whatIsNoQuantityIsRefusedNamingTheField(String quantity) {
        assertThatThrownBy(() -> ResourceQuantity.bytes("resource_quota.memory_limit", quantity))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("resource_quota.memory_limit");
                    assertThat(e.getMessage()).contains("'" + quantity + "'", "quantity");
                });
    }

    @Test
    void finerThanAMillicoreOrAByteIsRefused() {
        assertThatThrownBy(() -> ResourceQuantity.millicores("cpu", "0.0001"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("whole millicores");
        assertThatThrownBy(() -> ResourceQuantity.bytes("memory", "0.5"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("whole bytes");
    }

    @Test
    void writesTheShortestExactForm() {
        assertThat(ResourceQuantity.formatMillicores(2000)).isEqualTo("2");
        assertThat(ResourceQuantity.formatMillicores(500)).isEqualTo("500m");
        assertThat(ResourceQuantity.formatBytes(4L << 30)).isEqualTo("4Gi");
        assertThat(ResourceQuantity.formatBytes(1536L << 20)).isEqualTo("1536Mi");
        assertThat(ResourceQuantity.formatBytes(1000)).isEqualTo("1000");
        assertThat(ResourceQuantity.formatBytes(0)).isEqualTo("0");
    }

    /** What Kubernetes' grammar accepts, as exact amounts of the base unit. */
    @ParameterizedTest
    @CsvSource({"1Ei,1152921504606846976", "1E,1000000000000000000", "500m,0.5", "1e3,1000", "1E3,1000",
            "1e-3,0.001", "5.,5", ".5,0.5", "0,0", "100n,0.0000001", "3u,0.000003", "1.5Gi,1610612736",
            "7Pi,7881299347898368", "9223372036854775807,9223372036854775807", "12e999,12e999"})
    void everyQuantityKubernetesAcceptsIsAnExactAmount(String quantity, String amount) {
        if (new java.math.BigDecimal(amount).compareTo(ResourceQuantity.MAX) > 0) {
            assertThatThrownBy(() -> ResourceQuantity.amount("hard.cpu", quantity))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than Kubernetes can store");
            return;
        }
        assertThat(ResourceQuantity.amount("hard.cpu", quantity)).isEqualByComparingTo(amount);
    }

    /** What Kubernetes refuses, or cannot store, is refused naming the field, never an arithmetic failure. */
    @ParameterizedTest
    @ValueSource(strings = {"1e309", "9223372036854775808", "8Ei", "1Eii", "1.5.5", "-1", "+1", "1 Gi", "Gi",
            "1e", "1e1000", "0x10", "1,5", "", "   "})
    void quantitiesKubernetesRefusesOrCannotStoreAreRefusedNamingTheField(String quantity) {
        assertThatThrownBy(() -> ResourceQuantity.amount("hard.memory", quantity))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("hard.memory"));
    }

    @Test
    void aFourHundredDigitNumberIsRefused() {
        assertThatThrownBy(() -> ResourceQuantity.amount("hard.pods", "9".repeat(400)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than Kubernetes can store");
    }

    @Test
    void theLargestAmountsAreWrittenWithoutOverflow() {
        java.math.BigDecimal exbibyte = ResourceQuantity.amount("hard.memory", "1Ei");
        assertThat(ResourceQuantity.format("memory", exbibyte)).isEqualTo("1Ei");
        assertThat(ResourceQuantity.format("requests.cpu", exbibyte)).as("more millicores than a long holds")
                .isEqualTo("1152921504606846976");
        assertThat(ResourceQuantity.bytes("memory", "1Ei")).isEqualTo(1L << 60);
        assertThatThrownBy(() -> ResourceQuantity.millicores("cpu", "1Ei"))
                .isInstanceOf(InvalidInputException.class);
    }
}
