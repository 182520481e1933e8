package org.eremite.image.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eremite.image.classpath.ClassPath;
import org.eremite.image.classpath.JavaBaseModule;
import org.eremite.image.classpath.JdkImage;
import org.eremite.image.classpath.ParsedClass;
import org.eremite.image.testing.BytecodeVerifier;
import org.junit.jupiter.api.Test;

/**
 * Desugars every class of the build JDK's {@code java.base} (an image desugars only the reachable ones; this
 * takes all of them to meet every shape javac produced there). The call sites counted must be those JDK-FACTS
 * lists, and every class changed or generated must pass a data-flow verifier (they cannot be run on the host:
 * HotSpot refuses to define {@code java.*} classes in a user class loader).
 */
class JavaBaseDesugarTest {
    @Test
    void everyInvokedynamicOfJavaBaseIsDesugaredIntoVerifiableCode() {
        JdkImage jdk = JdkImage.ofBuildJdk();
        JavaBaseModule javaBase = jdk.javaBase();
        DesugaredClasses classes = new DesugaredClasses(new ClassPath(List.of(javaBase), jdk));
        long start = System.nanoTime();
        for (String name : javaBase.classNames()) {
            classes.find(name);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        DesugarStatistics.Counts counts = classes.statistics().jdk();
        System.out.printf("java.base: %,d classes read and desugared in %,d ms: %,d lambda sites, %,d record sites, "
                + "%,d concat sites, %,d classes generated, %,d accessors, %,d classes changed%n",
                counts.classesRead(), millis, counts.lambdaSites(), counts.recordSites(), counts.concatSites(),
                counts.generatedClasses(), counts.accessors(), counts.classesChanged());

        // JDK-FACTS.md: 1,153 metafactory + 30 altMetafactory sites, 10 ObjectMethods, no string concatenation.
        assertEquals(javaBase.classNames().size(), counts.classesRead());
        assertEquals(1_183, counts.lambdaSites());
        assertEquals(10, counts.recordSites());
        assertEquals(0, counts.concatSites());
        assertEquals(1_183, classes.lambdas().size());

        BytecodeVerifier verifier = new BytecodeVerifier(classes);
        List<String> problems = new ArrayList<>();
        int verified = 0;
        for (ParsedClass parsed : new ArrayList<>(classes.classes())) {
            boolean generated = parsed.offsets().size() == 0;
            boolean changed = parsed.node().methods.stream().anyMatch(m -> m.name.startsWith("lambda$access$")
                    || m.name.startsWith("record$"));
            if (generated || changed) {
                problems.addAll(verifier.problems(parsed.node()));
                classes.classFile(parsed.name()); // and it can be written without a class hierarchy
                verified++;
            }
        }
        System.out.printf("java.base: %,d changed or generated classes verified%n", verified);
        assertTrue(problems.isEmpty(), problems.size() + " problems, first ones:\n"
                + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    @Test
    void lambdaClassesAreNamedAfterTheCallerAndRecordTheirSite() {
        JdkImage jdk = JdkImage.ofBuildJdk();
        DesugaredClasses classes = new DesugaredClasses(new ClassPath(List.of(jdk.javaBase()), jdk));
        classes.find("java/util/Comparator").orElseThrow();
        Map<String, GeneratedLambda> byName = new java.util.TreeMap<>();
        classes.lambdas().forEach(l -> byName.put(l.className(), l));
        GeneratedLambda first = byName.get("java/util/Comparator$$Lambda$1");
        assertTrue(first != null, "lambdas of Comparator: " + byName.keySet());
        assertEquals("java/util/Comparator", first.site().className());
        assertTrue(first.site().offset() >= 0, first.site().toString());
        assertEquals("java/util/Comparator", first.interfaceName());
        assertEquals(first.capturedDescriptors().size(), first.capturedFields().size());
        assertEquals(classes.lambdas().stream().filter(l -> l.site().className().equals("java/util/Comparator"))
                .count(), classes.lambdasOf("java/util/Comparator").size());
    }
}
