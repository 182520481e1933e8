package org.eremite.vm.classfile;

/**
 * One entry of a Code attribute's exception table (JVMS 4.7.3).
 *
 * @param startPc   first pc covered (inclusive)
 * @param endPc     end of the covered range (exclusive)
 * @param handlerPc where the handler starts
 * @param catchType internal name of the class caught, or null for a handler of any exception ({@code finally})
 */
public record ExceptionHandler(int startPc, int endPc, int handlerPc, String catchType) {
    /** True if an exception at {@code pc} falls in this handler's range (JVMS 2.10). */
    public boolean covers(int pc) {
        return pc >= startPc && pc < endPc;
    }
}
