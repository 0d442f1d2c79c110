package org.kubedeck.web.health;

/** Whether the console and what it needs (its database) are up, as a load balancer should see it. */
@FunctionalInterface
public interface ConsoleHealth {

    /** The overall status code, such as {@code UP}, {@code DOWN} or {@code OUT_OF_SERVICE}. */
    String status();
}
