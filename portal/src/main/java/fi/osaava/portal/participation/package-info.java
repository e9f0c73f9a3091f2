/**
 * Taking part in an offering, for a signed-in member of another organisation: the seats of a funded offering
 * (pre-register, change, commit, cancel — catalogue-service's seat ledger decides) and feedback once it has ended.
 */
@NullMarked
package fi.osaava.portal.participation;

import org.jspecify.annotations.NullMarked;
