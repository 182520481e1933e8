package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CodeMap.find: the method whose [start, start + size) holds a pc; null in gaps and outside the code. */
class CodeMapTest {
    private CodeInfo[] savedMethods;
    private long savedStart;
    private long savedEnd;

    @BeforeEach
    void save() {
        savedMethods = CodeMap.methods;
        savedStart = CodeMap.codeStart;
        savedEnd = CodeMap.codeEnd;
    }

    @AfterEach
    void restore() {
        CodeMap.methods = savedMethods;
        CodeMap.codeStart = savedStart;
        CodeMap.codeEnd = savedEnd;
    }

    static CodeInfo method(String name, long start, int size) {
        CodeInfo info = HostHubs.newCodeInfo();
        info.className = "p.C";
        info.methodName = name;
        info.start = start;
        info.size = size;
        return info;
    }

    /** Installs the methods as the image's code map. */
    static void install(CodeInfo... methods) {
        CodeMap.methods = methods;
        CodeMap.codeStart = methods.length == 0 ? 0 : methods[0].start;
        CodeInfo last = methods.length == 0 ? null : methods[methods.length - 1];
        CodeMap.codeEnd = last == null ? 0 : last.start + last.size;
    }

    @Test
    void findsTheMethodHoldingThePcAndNothingInGaps() {
        CodeInfo a = method("a", 0x1000, 0x100);
        CodeInfo b = method("b", 0x1100, 0x40);
        CodeInfo c = method("c", 0x1200, 0x10);
        install(a, b, c);
        assertNull(CodeMap.find(0x0FFF));
        assertSame(a, CodeMap.find(0x1000));
        assertSame(a, CodeMap.find(0x10FF));
        assertSame(b, CodeMap.find(0x1100));
        assertSame(b, CodeMap.find(0x113F));
        assertNull(CodeMap.find(0x1140));
        assertNull(CodeMap.find(0x11FF));
        assertSame(c, CodeMap.find(0x1200));
        assertSame(c, CodeMap.find(0x120F));
        assertNull(CodeMap.find(0x1210));
        assertNull(CodeMap.find(0));
        assertNull(CodeMap.find(-1));
    }

    @Test
    void manyMethodsAreAllFound() {
        CodeInfo[] methods = new CodeInfo[1000];
        for (int i = 0; i < methods.length; i++) {
            methods[i] = method("m" + i, 0x400000L + 64L * i, 48);
        }
        install(methods);
        for (int i = 0; i < methods.length; i++) {
            assertSame(methods[i], CodeMap.find(methods[i].start));
            assertSame(methods[i], CodeMap.find(methods[i].start + 47));
            assertNull(CodeMap.find(methods[i].start + 48));
        }
    }

    @Test
    void emptyMapFindsNothing() {
        install();
        assertNull(CodeMap.find(0x1000));
    }
}
