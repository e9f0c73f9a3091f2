/** The thesis-topic bank: topics that workplaces offer for theses and final projects, searched by anyone. */
@NullMarked
package fi.osaava.portal.thesis;

import org.jspecify.annotations.NullMarked;
