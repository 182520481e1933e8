package org.eremite.classlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The substitution covers exactly StrictMath's natives, with their signatures, and each delegates to the right
 * function (a swapped pair would pass the per-family tests).
 */
class TargetStrictMathTest {
    private static Set<String> signatures(Method[] methods, boolean nativesOnly) {
        Set<String> out = new TreeSet<>();
        for (Method m : methods) {
            if (m.isSynthetic() || (nativesOnly && !Modifier.isNative(m.getModifiers()))) {
                continue;
            }
            assertTrue(Modifier.isStatic(m.getModifiers()), m + " is not static");
            out.add(m.getName() + Arrays.toString(m.getParameterTypes()) + m.getReturnType());
        }
        return out;
    }

    @Test
    void substitutesExactlyTheNativesOfStrictMath() {
        Set<String> natives = signatures(StrictMath.class.getDeclaredMethods(), true);
        assertEquals(16, natives.size(), natives.toString());
        assertEquals(natives, signatures(Target_java_lang_StrictMath.class.getDeclaredMethods(), false));
    }

    @Test
    void eachSubstituteComputesItsOwnFunction() throws ReflectiveOperationException {
        double[] args = {0.3, -0.7, 2.5, 1e-3, 0.999};
        for (Method m : Target_java_lang_StrictMath.class.getDeclaredMethods()) {
            if (m.isSynthetic()) {
                continue;
            }
            Method host = StrictMath.class.getMethod(m.getName(), m.getParameterTypes());
            for (double a : args) {
                Object[] call = m.getParameterCount() == 1 ? new Object[] {a} : new Object[] {a, 0.37};
                double expected = (double) host.invoke(null, call);
                double actual = (double) m.invoke(null, call);
                assertTrue(BitExact.same(expected, actual), m.getName() + Arrays.toString(call) + " = " + actual
                        + ", StrictMath " + expected);
            }
        }
    }
}
