package org.kubedeck.archfixture.cycle.b;

import org.kubedeck.archfixture.cycle.a.First;

/** The other half of a deliberate package cycle. */
public final class Second {
    First first;
}
