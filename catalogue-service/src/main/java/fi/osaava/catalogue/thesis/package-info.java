/** The thesis topic bank: topics care organisations offer to students, searchable by anyone. */
@NullMarked
package fi.osaava.catalogue.thesis;

import org.jspecify.annotations.NullMarked;
