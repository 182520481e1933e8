package org.eremite.image.build;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.eremite.image.classpath.ApplicationJar;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.desugar.DesugarStatistics;
import org.eremite.image.desugar.DesugaredClasses;
import org.eremite.image.reach.AnalysisRequest;
import org.eremite.image.reach.ClosedWorld;
import org.eremite.image.reach.ReachabilityAnalysis;
import org.eremite.image.substitute.SubstitutionStatistics;
import org.eremite.image.substitute.Substitutions;

/**
 * The front of the image builder: phases 1 to 3 (read, desugar, analyze), reported as they run. Substitutions
 * are found while reading and applied to each class as the desugaring and the analysis read it. What it returns
 * is what the back (compile, lay out, link) starts from.
 */
public final class FrontEnd {
    /** All phases of an image build, those not written yet included. */
    public static final int PHASES = 6;

    /** The application, its desugared classes and its closed world. */
    public record Result(ApplicationJar application, String mainClass, DesugaredClasses classes,
            ReachabilityAnalysis analysis, ClosedWorld world) {
    }

    private FrontEnd() {
    }

    /**
     * Reads the JAR, desugars the application, and computes the closed world from its main class.
     *
     * @param requestedMain the main class (dotted), or null for the manifest's
     * @param configure     adds roots, instantiated types and the build-time initialization policy to the
     *                      request (after the VM's own roots)
     */
    public static Result analyze(Path jar, String requestedMain, BuildReport report,
            Consumer<AnalysisRequest> configure) {
        record Read(ApplicationJar application, String mainClass, ClassPath classPath, int jdkClasses,
                Substitutions substitutions) {
        }
        Read read = report.phase("Reading classes", () -> {
            ApplicationJar application = ApplicationJar.open(jar);
            String main = application.mainClass(requestedMain);
            JdkImage jdk = JdkImage.ofBuildJdk();
            ClassPath classPath = ClassPath.of(application, jdk);
            Substitutions substitutions = Substitutions.ofClassPath(classPath);
            substitutions.checkTargets(classPath);
            return new Read(application, main, classPath, jdk.javaBase().classNames().size(), substitutions);
        }, r -> BuildReport.count(r.application().classNames().size(), "application class", "application classes")
                + ", " + BuildReport.count(r.jdkClasses()) + " in java.base (JDK " + JdkImage.buildJdkVersion() + ")");
        report.detail(BuildReport.count(read.substitutions().targets().size(), "JDK class has", "JDK classes have")
                + " substitutions in classlib");

        DesugaredClasses classes = new DesugaredClasses(read.classPath(), read.substitutions());
        report.phase("Desugaring", () -> {
            classes.desugarAll(read.application());
            return classes.statistics().application();
        }, FrontEnd::describeDesugaring);

        AnalysisRequest request = AnalysisRequest.forMain(read.mainClass());
        VmRoots.addGuestJdkStartup(request);
        configure.accept(request);
        ReachabilityAnalysis analysis = new ReachabilityAnalysis(classes, request);
        long jdkNanosBefore = classes.statistics().jdk().nanos();
        ClosedWorld world = report.phase("Analyzing reachability", analysis::run,
                w -> BuildReport.count(w.classes().size()) + " classes, " + BuildReport.count(w.methods().size())
                        + " methods (" + BuildReport.count(w.nativeMethods().size()) + " native), "
                        + BuildReport.count(w.fields().size()) + " fields");
        DesugarStatistics.Counts jdk = classes.statistics().jdk();
        report.detail(BuildReport.count(world.instantiatedClasses().size()) + " classes instantiated, "
                + BuildReport.count(world.initializedAtRunTime().size()) + " initialized in the guest, "
                + BuildReport.count(world.initializedAtBuildTime().size()) + " at build time, "
                + BuildReport.count(world.arrayTypes().size()) + " array types");
        report.detail("java.base read and desugared on demand: " + BuildReport.count(jdk.classesRead())
                + " classes, " + BuildReport.count(jdk.lambdaSites() + jdk.recordSites()) + " call sites, "
                + BuildReport.count(jdk.generatedClasses()) + " classes generated ("
                + BuildReport.seconds(jdk.nanos() - jdkNanosBefore) + " of the analysis)");
        SubstitutionStatistics.Counts substituted = read.substitutions().statistics().total();
        if (!read.substitutions().isEmpty()) {
            report.detail(BuildReport.count(read.substitutions().statistics().perTarget().size(), "class",
                    "classes") + " substituted when read: " + BuildReport.count(substituted.substitutedMethods(),
                    "method", "methods") + " replaced, " + BuildReport.count(substituted.aliased(), "member",
                    "members") + " aliased, " + BuildReport.count(substituted.injected(), "member", "members")
                    + " injected");
        }
        if (!world.signaturePolymorphicCalls().isEmpty()) {
            report.detail(BuildReport.count(world.signaturePolymorphicCalls().size())
                    + " reachable MethodHandle/VarHandle calls in the JDK await substitutions");
        }
        if (!world.unresolvedReferences().isEmpty()) {
            report.detail(BuildReport.count(world.unresolvedReferences().size())
                    + " references to missing methods or fields (errors at run time)");
        }
        return new Result(read.application(), read.mainClass(), classes, analysis, world);
    }

    /** Phases 4 to 6, which do not exist yet. */
    public static void reportLaterPhases(BuildReport report) {
        report.skipped("Compiling methods", "not available yet (needs the compiler)");
        report.skipped("Laying out the boot heap", "not available yet");
        report.skipped("Linking the image", "not available yet");
    }

    static String describeDesugaring(DesugarStatistics.Counts app) {
        return BuildReport.count(app.sites(), "call site", "call sites") + " in "
                + BuildReport.count(app.classesChanged(), "class", "classes") + " ("
                + BuildReport.count(app.concatSites(), "string concatenation", "string concatenations") + ", "
                + BuildReport.count(app.lambdaSites(), "lambda", "lambdas") + ", "
                + BuildReport.count(app.recordSites(), "record method", "record methods") + "), "
                + BuildReport.count(app.generatedClasses(), "class", "classes") + " generated";
    }
}
