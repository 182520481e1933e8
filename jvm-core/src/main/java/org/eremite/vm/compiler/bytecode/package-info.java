/**
 * Bytecode decoding, shared by every back end and by the analysis: the opcode table ({@link
 * org.eremite.vm.compiler.bytecode.Opcodes}), the decoder ({@link org.eremite.vm.compiler.bytecode.BytecodeReader}
 * for one instruction, {@link org.eremite.vm.compiler.bytecode.InstructionList} for a whole code array) and its
 * error ({@link org.eremite.vm.compiler.bytecode.BytecodeException}). It knows the encoding of instructions (JVMS
 * 6.5) and the static constraints on code that need no types (JVMS 4.9.1); kinds, types and control flow belong to
 * {@code compiler.analysis}, machine code to the back ends. Plain Java only: it runs on the target too.
 *
 * <p>Design decisions:
 * <ul>
 *   <li><b>Normalized operands.</b> An {@link org.eremite.vm.compiler.bytecode.Instruction} keeps its real opcode
 *       and length, but presents its operands so that a template never decodes again: {@code wide} is folded into
 *       the instruction it modifies ({@code isWide()}), {@code iload_2} answers local index 2, and every branch and
 *       switch target is an absolute offset ({@code goto_w} and {@code jsr_w} alike).</li>
 *   <li><b>What is checked, and where.</b> The decoder rejects, per instruction: undefined opcodes and the
 *       reserved ones (breakpoint, impdep1, impdep2: JVMS 6.2), operands past the end of the code, {@code wide}
 *       before an opcode it cannot modify, {@code tableswitch} with low &gt; high, {@code lookupswitch} with a
 *       negative count or keys not strictly increasing (HotSpot's verifier rejects duplicates too), a
 *       {@code newarray} type outside 4..11, {@code multianewarray} with 0 dimensions, {@code invokeinterface} with
 *       count 0 or a non-zero fourth byte, {@code invokedynamic} with non-zero third and fourth bytes, and branch
 *       targets outside the code. {@code InstructionList} adds what needs the whole method: the code length is 1 to
 *       65535 (JVMS 4.7.3), every target starts an instruction, and (on request) the exception table fits the
 *       code. Switch padding is measured from the start of the code array (JVMS 6.5 tableswitch) and its values
 *       are not checked.</li>
 *   <li><b>Errors say where.</b> The caller names the method (by convention {@code owner.name descriptor}); every
 *       {@code BytecodeException} carries that name, the offset of the instruction at fault and the problem, with
 *       the JVMS section that makes it one.</li>
 *   <li><b>One object per instruction.</b> Instructions are small immutable objects in an array with an
 *       offset-to-index table, so a compiler can walk them in order and a GC-map builder can look one up by
 *       offset in constant time.</li>
 * </ul>
 */
package org.eremite.vm.compiler.bytecode;
