package org.kubedeck.application.workload.port.in;

/** Background work: puts kicked pods back whose planned restore time has come. */
public interface RestoreDuePodsUseCase {

    /** Returns how many pods were restored. */
    int restoreDuePods();
}
