package org.kubedeck.application.container.port.in;

/** The console's own round: terminals nobody typed in for the configured time are closed. */
public interface CloseIdleTerminalsUseCase {

    /** Closes them, telling each screen why; answers how many. */
    int closeIdleTerminals();
}
