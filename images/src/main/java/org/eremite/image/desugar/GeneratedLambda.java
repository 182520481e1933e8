package org.eremite.image.desugar;

import java.util.List;
import org.eremite.image.classpath.CodeLocation;
import org.objectweb.asm.Handle;

/**
 * A class that desugaring generated for one lambda or method reference call site. Later phases use it to map
 * the host's lambda objects (instances of hidden classes, found in the build-time heap) onto the guest's class for
 * the same call site: the implementation method identifies the site, and the captured values have the same field
 * names as in the JDK's hidden classes ({@code arg$1}, {@code arg$2}, ...).
 *
 * <p>A host hidden class {@code Caller$$Lambda$N/0x...} names its caller; among the caller's generated lambdas
 * ({@link DesugaredClasses#lambdasOf}), those with the host class's interfaces and captured field types are the
 * candidates, and the implementation method (from a proxy class dump) decides between the rest.
 *
 * @param className           the generated class
 * @param site                the call site it replaces
 * @param interfaces          the interfaces it implements: the functional interface first, then markers
 * @param implementation      the method the lambda calls
 * @param capturedFields      the fields holding captured values, in order
 * @param capturedDescriptors their types, in order
 * @param singleton           whether the call site always yields the one instance in the class's
 *                            {@code INSTANCE}
 */
public record GeneratedLambda(String className, CodeLocation site, List<String> interfaces, Handle implementation,
        List<String> capturedFields, List<String> capturedDescriptors, boolean singleton) {

    /** The functional interface. */
    public String interfaceName() {
        return interfaces.get(0);
    }
}
