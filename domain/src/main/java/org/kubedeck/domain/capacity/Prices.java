package org.kubedeck.domain.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;

/**
 * What a cluster's resources cost, as its admins set them: a CPU core and a GiB of memory an hour, a GiB of
 * storage a month. A month is {@value #HOURS_A_MONTH} hours. Costs are estimates from requests: what the
 * scheduler holds for a pod, whether it uses it or not.
 */
public record Prices(BigDecimal cpuCoreHour, BigDecimal memoryGibHour, BigDecimal storageGibMonth, String currency) {

    public static final int HOURS_A_MONTH = 730;
    private static final BigDecimal MOST = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);
    private static final BigDecimal MILLI = BigDecimal.valueOf(1000);
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z$€¥£]{0,8}");
    /** Declared after what its constructor checks with. */
    public static final Prices NONE = new Prices(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, "");

    public Prices {
        cpuCoreHour = price("cpu_core_hour", cpuCoreHour);
        memoryGibHour = price("memory_gib_hour", memoryGibHour);
        storageGibMonth = price("storage_gib_month", storageGibMonth);
        currency = currency == null ? "" : currency.trim();
        if (!CURRENCY.matcher(currency).matches()) {
            throw new InvalidInputException("currency", Message.of("capacity.currency",
                    "A currency is up to 8 letters, such as USD or CNY."));
        }
    }

    private static BigDecimal price(String field, BigDecimal price) {
        BigDecimal value = price == null ? BigDecimal.ZERO : price;
        if (value.signum() < 0 || value.compareTo(MOST) >= 0 || value.stripTrailingZeros().scale() > 6) {
            throw new InvalidInputException(field, Message.of("capacity.price",
                    "{0} is a price from 0 to 999999, with at most 6 decimals.", field));
        }
        return value;
    }

    /** Whether any price is set: without, there is no cost to estimate. */
    public boolean set() {
        return cpuCoreHour.signum() > 0 || memoryGibHour.signum() > 0 || storageGibMonth.signum() > 0;
    }

    /** A month of these requests and this much storage, to the cent. */
    public BigDecimal monthly(Amounts requests, long storageBytes) {
        BigDecimal cores = BigDecimal.valueOf(requests.cpu()).divide(MILLI);
        BigDecimal memory = BigDecimal.valueOf(requests.memory()).divide(GIB, 12, RoundingMode.HALF_UP);
        BigDecimal storage = BigDecimal.valueOf(storageBytes).divide(GIB, 12, RoundingMode.HALF_UP);
        return cores.multiply(cpuCoreHour).add(memory.multiply(memoryGibHour))
                .multiply(BigDecimal.valueOf(HOURS_A_MONTH)).add(storage.multiply(storageGibMonth))
                .setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prices prices && cpuCoreHour.compareTo(prices.cpuCoreHour) == 0
                && memoryGibHour.compareTo(prices.memoryGibHour) == 0
                && storageGibMonth.compareTo(prices.storageGibMonth) == 0 && currency.equals(prices.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cpuCoreHour.stripTrailingZeros(), memoryGibHour.stripTrailingZeros(),
                storageGibMonth.stripTrailingZeros(), currency);
    }
}
