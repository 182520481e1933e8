package org.eremite.vm.compiler.baseline;

import org.eremite.vm.asm.Label;

/** {@code tableswitch} and {@code lookupswitch} (JVMS 6.5): the key is the int on top of the stack. */
public interface SwitchTemplates {
    /** Case {@code low + i} goes to {@code targets[i]}; other keys to {@code defaultTarget}. */
    void tableswitch(int low, int high, Label[] targets, Label defaultTarget);

    /** Key {@code keys[i]} (strictly increasing) goes to {@code targets[i]}; other keys to {@code defaultTarget}. */
    void lookupswitch(int[] keys, Label[] targets, Label defaultTarget);
}
