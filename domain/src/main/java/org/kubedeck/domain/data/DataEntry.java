package org.kubedeck.domain.data;

/**
 * One key of a ConfigMap or a Secret as shown.
 *
 * @param value  the text of a ConfigMap's key; a Secret's value masked unless revealed; empty for binary content
 * @param size   the value's length in bytes
 * @param binary a ConfigMap's {@code binaryData}, or a Secret value that is not UTF-8 text: shown by size only and
 *               not edited here
 * @param masked whether {@code value} stands for a Secret's value instead of being it
 */
public record DataEntry(String key, String value, int size, boolean binary, boolean masked) {
}
