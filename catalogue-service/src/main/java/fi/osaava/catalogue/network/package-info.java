/** Expert and supervisor networks: hosted by members, searchable by anyone. */
@NullMarked
package fi.osaava.catalogue.network;

import org.jspecify.annotations.NullMarked;
