package org.kubedeck.archfixture.cycle.a;

import org.kubedeck.archfixture.cycle.b.Second;

/** One half of a deliberate package cycle. */
public final class First {
    Second second;
}
