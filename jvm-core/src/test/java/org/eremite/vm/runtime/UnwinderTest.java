package org.eremite.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Handler search: first covering handler in table order whose catch type matches (JVMS 2.10, 6.5 athrow). */
class UnwinderTest {
    private final HostHubs world = new HostHubs();

    @Test
    void firstCoveringMatchingHandlerInTableOrderWins() {
        CodeInfo m = CodeMapTest.method("m", 0x1000, 0x100);
        m.handlers = new int[] {0, 10, 50, 0, 20, 60, 30, 40, 70, 30, 45, 80};
        m.catchTypes = new Hub[] {world.hub(ArithmeticException.class), null,
            world.hub(RuntimeException.class), world.hub(Throwable.class)};
        Hub arithmetic = world.hub(ArithmeticException.class);
        Hub nullPointer = world.hub(NullPointerException.class);
        Hub error = world.hub(StackOverflowError.class);
        assertEquals(50, Unwinder.handler(m, 5, arithmetic));
        assertEquals(60, Unwinder.handler(m, 5, nullPointer), "finally catches anything");
        assertEquals(60, Unwinder.handler(m, 10, arithmetic), "end is exclusive");
        assertEquals(70, Unwinder.handler(m, 35, arithmetic), "a superclass catches");
        assertEquals(80, Unwinder.handler(m, 35, error));
        assertEquals(80, Unwinder.handler(m, 40, arithmetic));
        assertEquals(-1, Unwinder.handler(m, 45, arithmetic));
        assertEquals(-1, Unwinder.handler(m, 25, error));
    }

    @Test
    void methodWithoutHandlersCatchesNothing() {
        CodeInfo m = CodeMapTest.method("m", 0x1000, 0x100);
        assertEquals(-1, Unwinder.handler(m, 0, world.hub(RuntimeException.class)));
        m.handlers = new int[0];
        assertEquals(-1, Unwinder.handler(m, 0, world.hub(RuntimeException.class)));
    }
}
