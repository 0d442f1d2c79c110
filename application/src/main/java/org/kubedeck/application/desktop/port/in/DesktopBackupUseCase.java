package org.kubedeck.application.desktop.port.in;

import org.kubedeck.application.container.port.in.ContainerArchives.Archive;
import org.kubedeck.application.container.port.in.ContainerArchives.Unpacked;
import org.kubedeck.application.container.port.in.ContainerFilesUseCase.Download;
import org.kubedeck.domain.user.Actor;

/**
 * A desktop's home directory backed up as a {@code .tar.gz} and restored from one, by its owner only (admins
 * included: a home is its owner's). Both are audited, refusals too; the desktop must be running.
 */
public interface DesktopBackupUseCase {

    /** The home directory as {@code <desktop>-home.tar.gz}, packed as it is written out. */
    Download backup(Actor actor, String desktop);

    /**
     * Unpacks the archive into the home directory once it is read through and found to stay inside it and fit the
     * desktop's storage; files of the same names are replaced, others kept.
     */
    Unpacked restore(Actor actor, RestoreDesktopCommand command);

    record RestoreDesktopCommand(String desktop, Archive archive) {
    }
}
