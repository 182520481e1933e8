package npe;

import java.util.Objects;

/** NullPointerExceptions that code creates: HotSpot gives them no message (or their own). */
public class Explicit {
    public static void npeNew() {
        throw new NullPointerException();
    }

    public static void npeNewStored() {
        NullPointerException e = new NullPointerException();
        System.out.println("made");
        throw e;
    }

    public static void npeRequireNonNull() {
        Objects.requireNonNull(null);
    }

    public static void npeSubclass() {
        throw new MyNpe();
    }

    static class MyNpe extends NullPointerException {
    }
}
