package org.kubedeck.domain.resource;

import java.util.Locale;
import org.kubedeck.domain.InvalidInputException;
import org.kubedeck.domain.Message;
import org.kubedeck.domain.kube.LabelSelector;

/**
 * One page of a kind's objects, as asked: a label selector, a part of the name (any case), how many objects a page
 * holds and where the page starts (the API server's {@code continue} token of the page before).
 *
 * @param name     empty for every name
 * @param position empty for the first page
 */
public record TableQuery(LabelSelector selector, String name, int limit, String position) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MOST = 500;
    private static final int MOST_NAME = 253;
    private static final int MOST_POSITION = 8192;

    public TableQuery {
        if (limit < 1 || limit > MOST) {
            throw new InvalidInputException("limit", Message.of("resource.limitRange",
                    "A page holds 1 to {0} objects, not {1}.", String.valueOf(MOST), String.valueOf(limit)));
        }
        name = name == null ? "" : name.trim();
        if (name.length() > MOST_NAME) {
            throw new InvalidInputException("name", Message.of("resource.nameTooLong",
                    "A name filter has at most {0} characters.", String.valueOf(MOST_NAME)));
        }
        position = position == null ? "" : position;
        if (position.length() > MOST_POSITION) {
            throw new InvalidInputException("continue", Message.of("resource.positionInvalid",
                    "That is not where a page of this list starts."));
        }
    }

    /** From the query string: each part optional ({@code limit} null: {@value #DEFAULT_LIMIT}). */
    public static TableQuery of(String selector, String name, Integer limit, String position) {
        return new TableQuery(LabelSelector.parse(selector), name, limit == null ? DEFAULT_LIMIT : limit, position);
    }

    /** Whether an object's name passes the name filter. */
    public boolean matches(String objectName) {
        return name.isEmpty() || objectName.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT));
    }
}
