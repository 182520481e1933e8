package org.eremite.image.heap;

/**
 * Maps a host lambda (an instance of a hidden class spun by {@code LambdaMetafactory}) to the class the
 * desugaring phase generated for the same call site. The generated class has the host's captured fields by
 * name ({@code arg$1}, {@code arg$2} ...), so the host object's values are copied into the guest class's
 * layout field by field, checked like any other class. The desugaring phase implements this; without a
 * mapper, a hidden-class instance in the heap is an error that names its path.
 */
@FunctionalInterface
public interface LambdaMapper {
    /**
     * The internal name of the guest class for instances of {@code hiddenClass}, or null if there is none.
     */
    String guestClassOf(Class<?> hiddenClass);
}
