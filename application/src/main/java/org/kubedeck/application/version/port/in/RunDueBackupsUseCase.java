package org.kubedeck.application.version.port.in;

/** Background work: scheduled namespace backups. */
public interface RunDueBackupsUseCase {

    /** Backs up the namespaces whose schedule is due, each on one replica only; returns how many. */
    int runDueBackups();
}
