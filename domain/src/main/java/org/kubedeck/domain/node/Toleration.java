package org.kubedeck.domain.node;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSyntax;

/**
 * A pod's toleration of taints, written {@code key=value:Effect} (operator Equal), {@code key:Effect} (Exists, any
 * value), {@code *} (every taint), the effect left out for every effect, and {@code for 300s} after a NoExecute
 * toleration that ends.
 *
 * @param key     empty with operator Exists: every key
 * @param effect  null for every effect
 * @param seconds how long a NoExecute taint is tolerated; null for ever
 */
public record Toleration(String key, Operator operator, String value, Taint.Effect effect, Long seconds) {

    public static final String EVERY_KEY = "*";
    private static final Pattern SYNTAX = Pattern.compile(
            "([^=:\\s]+)(?:=([^:\\s]*))?(?::([A-Za-z]+))?(?:\\s+for\\s+(\\d{1,12})\\s*s)?");

    public enum Operator { EQUAL, EXISTS }

    public Toleration {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
        if (key.isEmpty() && operator != Operator.EXISTS) {
            throw new InvalidInputException("tolerations", Message.of("node.tolerationEveryKeyMust",
                    "A toleration of every key must use Exists."));
        }
        if (operator == Operator.EXISTS && !value.isEmpty()) {
            throw new InvalidInputException("tolerations", Message.of("node.tolerationExistsTakesNo",
                    "A toleration with Exists takes no value."));
        }
        if (seconds != null && effect != Taint.Effect.NO_EXECUTE) {
            throw new InvalidInputException("tolerations", Message.of("node.onlyNoexecuteTolerationCan",
                    "Only a NoExecute toleration can end after some seconds."));
        }
    }

    public boolean tolerates(Taint taint) {
        return (effect == null || effect == taint.effect()) && (key.isEmpty() || key.equals(taint.key()))
                && (operator == Operator.EXISTS || value.equals(taint.value()));
    }

    /** As typed in the form, and read back by {@link #parse}. */
    public String describe() {
        String head = key.isEmpty() ? EVERY_KEY : operator == Operator.EQUAL ? key + "=" + value : key;
        return head + (effect == null ? "" : ":" + effect.kubernetesName())
                + (seconds == null ? "" : " for " + seconds + "s");
    }

    /** A toleration as {@link #describe} writes it; InvalidInputException naming {@code field} otherwise. */
    public static Toleration parse(String field, String text) {
        String trimmed = text.trim();
        Matcher matcher = SYNTAX.matcher(trimmed);
        if (!matcher.matches()) {
            throw new InvalidInputException(field, Message.of("node.notTolerationWriteKey",
                    "'{0}' is not a toleration: write key=value:Effect, key:Effect or *, the effect being "
                    + "NoSchedule, PreferNoSchedule or NoExecute.", trimmed));
        }
        boolean everyKey = matcher.group(1).equals(EVERY_KEY);
        if (everyKey && matcher.group(2) != null) {
            throw new InvalidInputException(field, Message.of("node.tolerationEveryKeyTakes",
                    "'{0}': a toleration of every key takes no value.", trimmed));
        }
        String key = everyKey ? "" : LabelSyntax.requireKey(field, matcher.group(1));
        String value = matcher.group(2) == null ? "" : LabelSyntax.requireValue(field, matcher.group(2));
        Taint.Effect effect;
        try {
            effect = matcher.group(3) == null ? null : Taint.Effect.of(matcher.group(3));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, Message.of("node.entryRefused", "'{0}': {1}", trimmed,
                    e.message()));
        }
        Long seconds = matcher.group(4) == null ? null : Long.valueOf(matcher.group(4));
        try {
            return new Toleration(key, matcher.group(2) == null ? Operator.EXISTS : Operator.EQUAL, value, effect,
                    seconds);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, Message.of("node.entryRefused", "'{0}': {1}", trimmed,
                    e.message()));
        }
    }
}
