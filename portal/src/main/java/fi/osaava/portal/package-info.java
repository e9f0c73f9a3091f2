/**
 * The portal: the browser's way into Osaava for people. Server-rendered pages (Spring MVC and Thymeleaf, htmx
 * only as an enhancement); it keeps no domain data of its own and asks the service that owns a thing, with the
 * signed-in person's token.
 */
@NullMarked
package fi.osaava.portal;

import org.jspecify.annotations.NullMarked;
