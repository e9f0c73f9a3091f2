/**
 * Competence needs for signed-in members: report one (with the open similar needs beside the form, to endorse
 * instead), the organisation's own needs, a need's page with endorsing.
 */
@NullMarked
package fi.osaava.portal.needs;

import org.jspecify.annotations.NullMarked;
