/**
 * The local stack: an embedded KRaft broker, a MongoDB-wire store and an SMTP sink in one JVM
 * (GreenMail as a child process), plus the four services as child processes.
 * {@link fi.osaava.localstack.LocalStack} is the API for tests, {@link fi.osaava.localstack.LocalStackMain}
 * the command behind {@code run-local.sh}.
 */
@NullMarked
package fi.osaava.localstack;

import org.jspecify.annotations.NullMarked;
