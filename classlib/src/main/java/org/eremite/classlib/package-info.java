/**
 * The class library as the guest sees it: the build JDK's {@code java.base}, with the substitutions in the
 * sub-packages for the parts coupled to the VM (GraalVM's substitution model, annotations of
 * {@code org.eremite.vm.annotation}): {@code Target_<class>} classes whose members replace (@Substitute), name
 * (@Alias) or add to (@Inject) those of the JDK class, merged by the image builder when it reads java.base.
 * Everything not substituted is the JDK's own code, compiled as it is.
 */
package org.eremite.classlib;
