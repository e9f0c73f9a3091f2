/**
 * The signed-in person's own organisation ({@code /my/organisation}): its profile and contact persons as
 * membership-service keeps them, the profile's edit form (membership decides what is valid and whether the revision
 * it was made on is still current), adding a contact person and erasing one.
 */
@NullMarked
package fi.osaava.portal.organisation;

import org.jspecify.annotations.NullMarked;
