/**
 * The VM's own class-file reader and class model (JVMS chapter 4): {@link org.eremite.vm.classfile.ClassFileParser}
 * turns the bytes of a class file of version 45.0 to 61.0 into an immutable, format-checked
 * {@link org.eremite.vm.classfile.ClassFile} (fields, methods, Code attributes, the attributes a JVM needs) with
 * its {@link org.eremite.vm.classfile.ConstantPool}. The image builder uses it at build time; the VM uses it at
 * run time to load classes from a JAR. It owns this package only: resolution, linking, verification and the
 * run-time class structures belong elsewhere.
 *
 * <p>Design decisions:
 * <ul>
 * <li>Runs on the target, so plain Java only: no ASM, reflection, regex, streams, lambdas or String.format.
 * ASM is the tests' oracle, never a dependency.</li>
 * <li>Every structural error is a {@link org.eremite.vm.classfile.ClassFormatException} naming the class (its
 * this_class once read; the caller's source name before), the byte offset in the class file, the field or method
 * being read and the problem. Nothing else escapes the parser: out-of-range reads are bounds-checked by
 * {@code ByteReader} and reported as truncation.</li>
 * <li>Format checking is JVMS 4.8's, measured against HotSpot's {@code ClassFileParser}: the tests define
 * thousands of class-file variants in HotSpot and require the same verdict. Checked: constant pool references and
 * tags, names (JVMS 4.2) and descriptors (4.3), access flags (4.1, 4.5, 4.6), duplicate members and interfaces,
 * attribute lengths and multiplicity (including Synthetic, Deprecated, MethodParameters and the annotation
 * attributes, which are otherwise kept raw), Code ranges, LocalVariableTable and LocalVariableTypeTable entries.
 * The rule: reject what HotSpot rejects and what the JVMS forbids, accept what old compilers wrote and HotSpot
 * tolerates (interfaces before 49.0 with ACC_SUPER, no ACC_ABSTRACT before 50.0, over-long UTF-8 before 48.0,
 * extra InnerClasses bytes before 49.0). Deliberate differences: names follow JVMS 4.2 in every version (HotSpot
 * applies Java identifier rules before 49.0); a method handle to an interface {@code <init>}/{@code <clinit>} is
 * rejected as JVMS 4.4.8 says (HotSpot defers it to resolution); an InnerClasses entry with an outer class but no
 * name is accepted in 51.0+ as HotSpot does (JVMS 4.7.6 forbids it, but the attribute serves only reflection,
 * and a class that loads on HotSpot must load here).</li>
 * <li>What needs instruction decoding (handler and line pcs on instruction boundaries, the bytecode itself, stack
 * maps) is left to the verifier and the bytecode analysis; StackMapTable is kept as bytes.</li>
 * <li>Attributes are recognized only from the version that introduced them (JVMS 4.7, Table 4.7-A); others, and
 * those the VM does not use (annotations, Module, LocalVariableTypeTable ...), are kept raw by name.</li>
 * <li>Bits the JVMS does not assign in access_flags are dropped ("should be ignored", JVMS 4.1); the flags of
 * {@code <clinit>} are normalized (JVMS 4.6). A ConstantValue of a non-static field is ignored (JVMS 4.7.2).</li>
 * <li>{@link org.eremite.vm.classfile.CodeAttribute#lineNumberAt} answers exactly as HotSpot's
 * {@code Method::line_number_from_bci}, so that stack traces match HotSpot's line for line.</li>
 * <li>The constant pool is flat arrays (tag, one int, decoded Utf8 strings) with the reference records built on
 * demand and cached: cheap to build for the ~900,000 entries of java.base, cheap to keep.</li>
 * </ul>
 */
package org.eremite.vm.classfile;
