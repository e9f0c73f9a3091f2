/**
 * The pages a person passes through when signing in here (the portal, Swagger UI or a web app sends them): the
 * sign-in form and the sign-out confirmation, in Finnish, Swedish or English and in the portal's look.
 */
@NullMarked
package fi.osaava.membership.identity.signin;

import org.jspecify.annotations.NullMarked;
