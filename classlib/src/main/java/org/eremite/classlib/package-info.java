/**
 * The class library as the guest sees it: substitutions ({@code Target_java_lang_System} and so on)
 * for the VM-coupled parts of the build JDK's {@code java.base}. Not yet written: it arrives with the
 * compiler and image builder.
 */
package org.eremite.classlib;
