package fi.osaava.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code run-local.sh}'s options, parsed by picocli; {@link #usage()} is its {@code --help}. */
@Command(name = "run-local.sh", sortOptions = false, usageHelpWidth = 110,
        description = "Runs the whole Osaava system on this machine: Kafka, a MongoDB-wire store, GreenMail, the four"
                + " services and the portal, with demo data.",
        footer = {"",
                "The services demand OAuth2 tokens from membership-service (client credentials). The coordinator's",
                "client secret is generated at the first start of a data dir and kept, with every demo organisation's",
                "client and the demo people's passwords, in <data dir>/credentials.json; the banner prints the",
                "commands that get tokens (a person's: infra/local-stack/person-token.sh).",
                "",
                "The jars are taken from infra/local-stack/target/stack (or -Dosaava.stack.dir=...)."})
final class LocalStackOptions {

    @Option(names = "--no-build", description = "(run-local.sh) do not run Maven first")
    boolean noBuild;

    @Option(names = "--reset",
            description = "delete the data (MongoDB file, logs, demo ids, client secrets) before starting")
    boolean reset;

    @Option(names = "--no-demo-data", description = "do not load the demo organisations, offerings and needs")
    boolean noDemoData;

    @Option(names = "--infra-only", description = "start only Kafka, MongoDB and GreenMail (no services, no demo data)")
    boolean infraOnly;

    @Option(names = "--two-instances",
            description = "a second instance of each of the four services, each on a free port of its own (printed), "
                    + "sharing the store, the broker and the consumer groups with the first")
    boolean twoInstances;

    @Option(names = "--data-dir", paramLabel = "PATH",
            description = "where MongoDB's file, the logs, demo-ids.json and credentials.json go (default .osaava-data)")
    @Nullable Path dataDir;

    @Option(names = "--smtp-port", paramLabel = "N",
            description = "start no GreenMail: the services send to the SMTP server already listening on 127.0.0.1:N (no "
                    + "IMAP, no mail API; implies --no-demo-data, whose loader reads passive members' confirmation "
                    + "mails from GreenMail)")
    @Nullable String smtpPortValue;

    @Nullable Integer smtpPort;

    @Option(names = "--service-arg", paramLabel = "ARG",
            description = "appended to every service's command line (repeatable), e.g. "
                    + "--service-arg=--osaava.digests.time=14:30 sends today's digests at 14:30")
    final List<String> serviceArguments = new ArrayList<>();

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    /** @throws IllegalArgumentException naming what was wrong, e.g. an unknown option */
    static LocalStackOptions parse(String... args) {
        LocalStackOptions options = new LocalStackOptions();
        try {
            new CommandLine(options).parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (options.smtpPortValue != null) {
            options.smtpPort = port(options.smtpPortValue);
        }
        for (String argument : options.serviceArguments) {
            if (!argument.startsWith("--") || argument.length() == 2) {
                throw new IllegalArgumentException("not a service argument (--name=value) in --service-arg=" + argument);
            }
        }
        return options;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("not a port in --smtp-port=" + value);
    }

    static String usage() {
        return new CommandLine(new LocalStackOptions()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
