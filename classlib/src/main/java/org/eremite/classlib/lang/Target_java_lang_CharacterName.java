package org.eremite.classlib.lang;

import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;

/**
 * Unicode character names ({@code Character.getName}, {@code \N{...}} in patterns) come from a compressed resource
 * of the JDK that the guest does not carry yet.
 */
@TargetClass("java.lang.CharacterName")
final class Target_java_lang_CharacterName {
    @Substitute
    public static Target_java_lang_CharacterName getInstance() {
        throw new UnsupportedOperationException("Eremite has no Unicode character names yet");
    }
}
