package org.kubedeck.domain.node;

import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSyntax;

/** A node taint: pods without a matching toleration are kept off the node (or evicted, for NoExecute). */
public record Taint(String key, String value, Effect effect) {

    public enum Effect {
        NO_SCHEDULE("NoSchedule"), PREFER_NO_SCHEDULE("PreferNoSchedule"), NO_EXECUTE("NoExecute");

        private final String kubernetesName;

        Effect(String kubernetesName) {
            this.kubernetesName = kubernetesName;
        }

        public String kubernetesName() {
            return kubernetesName;
        }

        public static Effect of(String name) {
            for (Effect effect : values()) {
                if (effect.kubernetesName.equals(name)) {
                    return effect;
                }
            }
            throw new InvalidInputException("effect", Message.of("node.notTaintEffectNoschedule",
                    "'{0}' is not a taint effect: NoSchedule, PreferNoSchedule or NoExecute.", name));
        }
    }

    public Taint {
        LabelSyntax.requireKey("key", key);
        value = value == null ? "" : value;
        LabelSyntax.requireValue("value", value);
        if (effect == null) {
            throw new InvalidInputException("effect", Message.of("node.taintNeedsEffectNoschedule",
                    "A taint needs an effect: NoSchedule, PreferNoSchedule or NoExecute."));
        }
    }

    /** {@code gpu=true:NoSchedule}, or {@code gpu:NoSchedule} without a value. */
    public String describe() {
        return key + (value.isEmpty() ? "" : "=" + value) + ":" + effect.kubernetesName();
    }
}
