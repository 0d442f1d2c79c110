package org.kubedeck.domain.kube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kubedeck.domain.InvalidInputException;


/**
 * Quantities made at random from Kubernetes' grammar (digits, an optional fraction, then a binary suffix, a
 * decimal suffix or an exponent) against their value worked out here: every one is read exactly, or refused
 * for being more than Kubernetes stores; and whatever the console writes reads back as the same amount.
 */
class ResourceQuantityGrammarTest {

    private static final int CASES = 20_000;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("n", new BigDecimal("1e-9")),
            Map.entry("u", new BigDecimal("1e-6")),
            Map.entry("m", new BigDecimal("1e-3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("M", new BigDecimal("1e6")), Map.entry("G", new BigDecimal("1e9")),
            Map.entry("T", new BigDecimal("1e12")), Map.entry("P", new BigDecimal("1e15")),
            Map.entry("E", new BigDecimal("1e18")), Map.entry("Ki", TWO.pow(10)),
            Map.entry("Mi", TWO.pow(20)), Map.entry("Gi", TWO.pow(30)),
            Map.entry("Ti", TWO.pow(40)), Map.entry("Pi", TWO.pow(50)),
            Map.entry("Ei", TWO.pow(60)));
    private static final String[] SUFFIX_NAMES = SUFFIXES.keySet().stream().sorted().toArray(String[]::new);

    private final Random random = new Random(20261207);

    @Test
    void everyQuantityOfTheGrammarIsReadExactlyOrRefusedAsTooLarge() {
        int read = 0;
        int tooLarge = 0;
        for (int i = 0; i < CASES; i++) {
            String whole = digits(random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(12));
            String fraction = random.nextBoolean() ? "" : "." + digits(random.nextInt(4));
            if (whole.isEmpty() && fraction.length() < 2) {
                whole = "0";
            }
            String number = whole + fraction;
            BigDecimal value = new BigDecimal(whole.isEmpty() ? "0" + fraction : number.endsWith(".")
                    ? whole : number);
            String suffix;
            BigDecimal expected;
            if (random.nextInt(4) == 0) {
                int exponent = random.nextInt(41) - 20;
                suffix = (random.nextBoolean() ? "e" : "E") + exponent;
                expected = value.scaleByPowerOfTen(exponent);
            } else {
                suffix = SUFFIX_NAMES[random.nextInt(SUFFIX_NAMES.length)];
                expected = value.multiply(SUFFIXES.get(suffix));
            }
            String quantity = number + suffix;
            if (expected.compareTo(ResourceQuantity.MAX) > 0) {
                tooLarge++;
                assertThatThrownBy(() -> ResourceQuantity.amount("hard.x", quantity)).as(quantity)
                        .isInstanceOfSatisfying(InvalidInputException.class,
                                e -> assertThat(e.field()).isEqualTo("hard.x"));
            } else {
                read++;
                assertThat(ResourceQuantity.amount("hard.x", quantity)).as(quantity).isEqualByComparingTo(expected);
            }
        }
        assertThat(read).as("quantities read").isGreaterThan(CASES / 2);
        assertThat(tooLarge).as("quantities too large").isGreaterThan(CASES / 100);
    }

    @Test
    void whatTheConsoleWritesReadsBackAsTheSameAmount() {
        for (int i = 0; i < CASES; i++) {
            long bytes = random.nextLong() >>> (1 + random.nextInt(63));
            assertThat(ResourceQuantity.bytes("memory", ResourceQuantity.formatBytes(bytes))).isEqualTo(bytes);
            long millicores = random.nextLong() >>> (10 + random.nextInt(54));
            assertThat(ResourceQuantity.millicores("cpu", ResourceQuantity.formatMillicores(millicores)))
                    .isEqualTo(millicores);
            BigDecimal amount = BigDecimal.valueOf(random.nextLong() >>> (1 + random.nextInt(63)), random.nextInt(4));
            for (String resource : new String[] {"requests.cpu", "limits.memory", "pods", "nvidia.com/gpu"}) {
                assertThat(ResourceQuantity.amount("hard.x", ResourceQuantity.format(resource, amount)))
                        .as(resource + " " + amount).isEqualByComparingTo(amount);
            }
        }
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
