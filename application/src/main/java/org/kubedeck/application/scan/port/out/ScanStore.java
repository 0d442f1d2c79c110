package org.kubedeck.application.scan.port.out;

import org.kubedeck.domain.scan.ScanReport;

/** Scans and their findings, kept. */
public interface ScanStore {

    void save(ScanReport report);
}
