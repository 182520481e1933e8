package org.eremite.image.reach;

/**
 * A field, by the class that declares it, its name and descriptor.
 *
 * @param owner      internal name of the declaring class
 * @param name       field name
 * @param descriptor field descriptor
 */
public record FieldRef(String owner, String name, String descriptor) implements Comparable<FieldRef> {
    @Override
    public int compareTo(FieldRef other) {
        int c = owner.compareTo(other.owner);
        return c != 0 ? c : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return owner.replace('/', '.') + "." + name;
    }
}
