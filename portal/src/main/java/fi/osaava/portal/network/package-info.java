/** The expert and supervisor networks: searched by anyone, each with how to join it. */
@NullMarked
package fi.osaava.portal.network;

import org.jspecify.annotations.NullMarked;
