/**
 * Free-text search that works the same on MongoDB and on the embedded wire-protocol server (no
 * {@code $text} there): documents store the stems and character trigrams of their texts, candidates
 * are selected by trigrams with an ordinary (multikey) index, and {@link TextQuery} ranks them.
 */
@NullMarked
package fi.osaava.kit.search;

import org.jspecify.annotations.NullMarked;
