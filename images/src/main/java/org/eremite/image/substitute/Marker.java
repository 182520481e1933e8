package org.eremite.image.substitute;

import java.util.ArrayList;
import java.util.List;
import org.eremite.vm.annotation.Alias;
import org.eremite.vm.annotation.Inject;
import org.eremite.vm.annotation.Substitute;
import org.eremite.vm.annotation.TargetClass;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;

/** The annotations of {@code org.eremite.vm.annotation} that say what a member of a substitution class does. */
enum Marker {
    SUBSTITUTE(Substitute.class),
    ALIAS(Alias.class),
    INJECT(Inject.class);

    static final String TARGET_CLASS = Type.getDescriptor(TargetClass.class);

    private final String descriptor;
    private final String simpleName;

    Marker(Class<?> annotation) {
        this.descriptor = Type.getDescriptor(annotation);
        this.simpleName = "@" + annotation.getSimpleName();
    }

    /** {@code @Substitute}, as messages write it. */
    @Override
    public String toString() {
        return simpleName;
    }

    /** The markers among a member's annotations (class-retained ones are invisible; visible ones count too). */
    static List<Marker> of(List<AnnotationNode> invisible, List<AnnotationNode> visible) {
        List<Marker> found = new ArrayList<>();
        for (List<AnnotationNode> annotations : List.of(nonNull(invisible), nonNull(visible))) {
            for (AnnotationNode annotation : annotations) {
                for (Marker marker : values()) {
                    if (marker.descriptor.equals(annotation.desc)) {
                        found.add(marker);
                    }
                }
            }
        }
        return found;
    }

    /** The annotations without the markers (and without {@code @TargetClass}), or null when none remain. */
    static List<AnnotationNode> strip(List<AnnotationNode> annotations) {
        if (annotations == null) {
            return null;
        }
        List<AnnotationNode> kept = new ArrayList<>();
        for (AnnotationNode annotation : annotations) {
            if (!isMarker(annotation.desc)) {
                kept.add(annotation);
            }
        }
        return kept.isEmpty() ? null : kept;
    }

    private static boolean isMarker(String descriptor) {
        if (descriptor.equals(TARGET_CLASS)) {
            return true;
        }
        for (Marker marker : values()) {
            if (marker.descriptor.equals(descriptor)) {
                return true;
            }
        }
        return false;
    }

    private static List<AnnotationNode> nonNull(List<AnnotationNode> list) {
        return list == null ? List.of() : list;
    }
}
