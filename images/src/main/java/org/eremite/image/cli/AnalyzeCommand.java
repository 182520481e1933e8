package org.eremite.image.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eremite.image.build.BuildReport;
import org.eremite.image.build.FrontEnd;
import org.eremite.image.reach.ClosedWorld;
import org.eremite.image.reach.MethodRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eremite analyze}: a diagnostic that runs the front of the image builder (read, desugar, closed-world
 * analysis) on a JAR and prints the build report and what the closed world holds. Hidden from the usage text
 * until {@code pack} can use its results.
 */
@Command(name = "analyze", hidden = true, mixinStandardHelpOptions = true,
        description = "Reads, desugars and analyzes a JAR as 'pack' will, and prints what is reachable.")
final class AnalyzeCommand implements Callable<Integer> {
    @Option(names = "--main", description = "the main class (default: the JAR's Main-Class)")
    String mainClass;

    @Option(names = "--why", paramLabel = "NAME",
            description = "explain why a class (a.b.C) or the methods of that name (a.b.C.m) are reachable")
    List<String> why = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "JAR")
    Path jar;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        BuildReport report = new BuildReport(out, FrontEnd.PHASES);
        report.header("Eremite image builder: analyzing " + jar.getFileName());
        FrontEnd.Result result = FrontEnd.analyze(jar, mainClass, report, request -> { });
        FrontEnd.reportLaterPhases(report);
        report.footer("Analyzed " + result.mainClass().replace('/', '.') + " (no image written)");
        printClosedWorld(out, result.world());
        for (String name : why) {
            explain(out, result.world(), name);
        }
        return 0;
    }

    static void printClosedWorld(PrintStream out, ClosedWorld world) {
        out.println("Closed world:");
        line(out, "classes", world.classes().size(), BuildReport.count(world.instantiatedClasses().size())
                + " instantiated, " + BuildReport.count(world.initializedAtRunTime().size())
                + " initialized in the guest");
        line(out, "methods", world.methods().size(), BuildReport.count(world.methodsWithCode().size())
                + " with bytecode, " + BuildReport.count(world.nativeMethods().size()) + " native");
        line(out, "fields", world.fields().size(), BuildReport.count(world.fieldsRead().size()) + " read, "
                + BuildReport.count(world.fieldsWritten().size()) + " written");
        line(out, "array types", world.arrayTypes().size(), "");
        line(out, "class literals", world.classLiterals().size(), "");
        line(out, "virtual calls", world.virtuallyInvoked().size(), "methods called through dispatch");
        line(out, "MethodHandle/VarHandle calls", world.signaturePolymorphicCalls().size(), "in the JDK");
        line(out, "unresolved references", world.unresolvedReferences().size(), "");
    }

    private static void line(PrintStream out, String what, int count, String detail) {
        out.println(String.format(Locale.ROOT, "  %-30s %10s  %s", what, BuildReport.count(count), detail).stripTrailing());
    }

    private static void explain(PrintStream out, ClosedWorld world, String name) {
        String internal = name.replace('.', '/');
        List<Object> elements = new ArrayList<>();
        if (world.isReachable(internal)) {
            elements.add(internal);
        } else {
            int dot = name.lastIndexOf('.');
            String owner = dot < 0 ? "" : name.substring(0, dot).replace('.', '/');
            String method = name.substring(dot + 1);
            for (MethodRef m : world.methods()) {
                if (m.owner().equals(owner) && m.name().equals(method)) {
                    elements.add(m);
                }
            }
        }
        if (elements.isEmpty()) {
            out.println("Why " + name + "? It is not reachable.");
            return;
        }
        for (Object element : elements) {
            out.println("Why " + (element instanceof String ? "class " + name : element) + "?");
            for (String step : world.why(element)) {
                out.println("  " + step);
            }
        }
    }
}
