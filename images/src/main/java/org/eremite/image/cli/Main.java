package org.eremite.image.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eremite}: packs Java applications into bootable images and runs them in QEMU. */
@Command(name = "eremite", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Packs a Java application into a bootable ELF image and runs it in QEMU.",
        subcommands = {PackCommand.class, RunCommand.class, DemoCommand.class, AnalyzeCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Status for a mistake in the command line or its input files. */
    static final int USAGE_STATUS = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit status (for tests, which must not call System.exit). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (System.getenv("EREMITE_DEBUG") != null) {
                e.printStackTrace();
            }
            commandLine.getErr().println(commandLine.getCommandName() + ": " + messageOf(e));
            // Mistakes in the input are usage errors (2); an ImageBuildException (a missing class, unsupported
            // bytecode) is a build failure (1). Both print their message only.
            return e instanceof IllegalArgumentException || e instanceof java.nio.file.NoSuchFileException
                    ? USAGE_STATUS : 1;
        });
        return cli.execute(args);
    }

    private static String messageOf(Throwable e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + e.getMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: pack, run or demo");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"eremite " + (version != null ? version : "(development build)")};
        }
    }
}
