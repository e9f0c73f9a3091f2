/** What a person sees when something fails: a page in their language, never a stack trace. */
@NullMarked
package fi.osaava.portal.failure;

import org.jspecify.annotations.NullMarked;
