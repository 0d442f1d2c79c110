package org.kubedeck.web.support;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * A form refused after a redirect: what was typed, and the refusal, shown beside the field it names (or under the
 * form when it names none of them) once the page is drawn again.
 *
 * @param form   the form's id on the page
 * @param values what was typed, by field name
 * @param field  the field the refusal names; null for a refusal of the whole form
 */
public record FormRefusal(String form, Map<String, String> values, String field, String message)
        implements Serializable {

    public FormRefusal {
        values = Map.copyOf(values);
    }

    /** What was typed in {@code name} of {@code form}; empty for another form. */
    public String value(String form, String name) {
        return this.form.equals(form) ? values.getOrDefault(name, "") : "";
    }

    /**
     * Whether the refusal names {@code field} of {@code form}, itself or as a step of its path: a limit range's
     * {@code limits[0].min.cpu} is the form's {@code min}.
     */
    public boolean on(String form, String field) {
        return this.form.equals(form) && names(field);
    }

    /** Whether the refusal is about {@code form} but none of the listed fields: it is shown under the form. */
    public boolean general(String form, String... fields) {
        return this.form.equals(form) && Arrays.stream(fields).noneMatch(this::names);
    }

    private boolean names(String name) {
        return field != null && (field.equals(name) || Arrays.asList(field.split("\\.")).contains(name));
    }
}
