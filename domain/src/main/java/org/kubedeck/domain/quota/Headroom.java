package org.kubedeck.domain.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kubedeck.domain.kube.ResourceQuantity;

/**
 * What one more object would take from a namespace's quotas: for each quota item the object counts against,
 * whether it still fits.
 *
 * @param needed   what the object adds, as a quantity
 * @param fits     whether used plus needed stays within hard
 */
public record Headroom(String quota, String resource, String used, String hard, String needed, boolean fits) {

    /**
     * The headroom of each item of {@code quota} that {@code needs} names (resource name to quantity, such as
     * {@code requests.cpu=2}, {@code pods=1}); items it does not name are left out.
     */
    public static List<Headroom> of(String quota, List<QuotaItem> items, Map<String, String> needs) {
        List<Headroom> headroom = new ArrayList<>();
        for (QuotaItem item : items) {
            String needed = needs.get(item.resource());
            if (needed == null) {
                continue;
            }
            BigDecimal used = item.used() == null ? BigDecimal.ZERO : ResourceQuantity.amount(item.resource(), item.used());
            BigDecimal total = used.add(ResourceQuantity.amount(item.resource(), needed));
            boolean fits = total.compareTo(ResourceQuantity.amount(item.resource(), item.hard())) <= 0;
            headroom.add(new Headroom(quota, item.resource(), item.used() == null ? "0" : item.used(), item.hard(),
                    needed, fits));
        }
        return headroom;
    }
}
