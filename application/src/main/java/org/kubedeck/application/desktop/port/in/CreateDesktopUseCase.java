package org.kubedeck.application.desktop.port.in;

import org.kubedeck.application.desktop.port.in.DesktopQuery.DesktopView;
import org.kubedeck.domain.desktop.DesktopPolicy;
import org.kubedeck.domain.kube.ResourceQuantity;
import org.kubedeck.domain.user.Actor;

/** Gives a user their desktop. */
public interface CreateDesktopUseCase {

    /**
     * Gives the actor a desktop, or reports the one they have. Returns once the objects are submitted; the pod
     * starts in the background. Racing requests, on any replica, make one desktop.
     */
    Creation create(Actor actor, CreateDesktopCommand command);

    /**
     * The size asked for; a value left null or blank takes the configured default. Each given value is a
     * quantity (InvalidInputException naming its field if not); whether it is within the configured bounds is for
     * the use case to say.
     */
    record CreateDesktopCommand(String cpuLimit, String memoryLimit, String storage) {

        public CreateDesktopCommand {
            if (given(cpuLimit)) {
                ResourceQuantity.millicores(DesktopPolicy.CPU_FIELD, cpuLimit);
            }
            if (given(memoryLimit)) {
                ResourceQuantity.bytes(DesktopPolicy.MEMORY_FIELD, memoryLimit);
            }
            if (given(storage)) {
                ResourceQuantity.bytes(DesktopPolicy.STORAGE_FIELD, storage);
            }
        }

        /** The configured default size. */
        public static CreateDesktopCommand defaults() {
            return new CreateDesktopCommand(null, null, null);
        }

        private static boolean given(String value) {
            return value != null && !value.isBlank();
        }
    }

    /** @param created false when the actor already had the desktop returned */
    record Creation(boolean created, DesktopView desktop) {
    }
}
