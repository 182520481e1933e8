package org.eremite.image.heap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * A written boot heap, position-independent: offsets from its start, and relocations that the linker resolves
 * once the heap's address and the hubs' addresses are known.
 */
public final class BootHeap {
    private final byte[] bytes;
    private final List<Relocation> relocations;
    private final Map<String, Long> roots;
    private final Map<String, StaticsBlock> statics;
    private final List<ClassStatistics> classes;
    private final int objectCount;
    private final Map<String, Integer> substitutions;

    BootHeap(byte[] bytes, List<Relocation> relocations, Map<String, Long> roots, Map<String, StaticsBlock> statics,
             List<ClassStatistics> classes, int objectCount, Map<String, Integer> substitutions) {
        this.bytes = bytes;
        List<Relocation> sorted = new ArrayList<>(relocations);
        sorted.sort(Comparator.comparingLong(Relocation::at));
        this.relocations = Collections.unmodifiableList(sorted);
        this.roots = Collections.unmodifiableMap(roots);
        this.statics = Collections.unmodifiableMap(statics);
        this.classes = List.copyOf(classes);
        this.objectCount = objectCount;
        this.substitutions = Collections.unmodifiableMap(substitutions);
    }

    /** The heap's bytes, little-endian, relocated words still 0. A copy. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Bytes in the heap (a multiple of 8). */
    public int size() {
        return bytes.length;
    }

    /** Every word to relocate, ascending by position. */
    public List<Relocation> relocations() {
        return relocations;
    }

    /** Root name to the offset of its object (-1 if the policy made the root null), in the order added. */
    public Map<String, Long> roots() {
        return roots;
    }

    public long rootOffset(String name) {
        Long at = roots.get(name);
        if (at == null) {
            throw new NoSuchElementException("no root named " + name);
        }
        return at;
    }

    /** Class (binary name) to its statics block, with the offsets of its fields, in the order added. */
    public Map<String, StaticsBlock> staticsBlocks() {
        return statics;
    }

    /**
     * Objects and bytes per guest type, most bytes first: copied host objects under their guest class, the
     * builder's {@link GuestObject}s and {@link GuestArray}s (mirrors as {@code java.lang.Class}) under theirs;
     * statics blocks not included.
     */
    public List<ClassStatistics> classStatistics() {
        return classes;
    }

    /**
     * The binary name of every type that has an object in the heap ({@code java.lang.String}, {@code [B},
     * {@code org.eremite.vm.runtime.Hub}), sorted: the instantiated types, for the reachability analysis.
     */
    public Set<String> typeNames() {
        Set<String> names = new TreeSet<>();
        for (ClassStatistics c : classes) {
            names.add(c.typeName());
        }
        return Collections.unmodifiableSet(names);
    }

    /** Objects in the heap, copied or made by the builder (statics blocks not included). */
    public int objectCount() {
        return objectCount;
    }

    /**
     * Each substitution the policy made, with how many times: objects replaced ("class: reason") and field values
     * changed by a field rule ("field C.f: reason"; counted only where the value differs from the host's).
     */
    public Map<String, Integer> substitutions() {
        return substitutions;
    }

    /** Every symbol the relocations name: the hubs the hub phase must define, and the code symbols. */
    public Set<String> symbols() {
        Set<String> names = new TreeSet<>();
        for (Relocation r : relocations) {
            if (r.target() instanceof RelocationTarget.Symbol s) {
                names.add(s.name());
            }
        }
        return names;
    }

    /** One line: objects, bytes, relocations, statics blocks. */
    public String summary() {
        return objectCount + " objects, " + statics.size() + " statics blocks, " + bytes.length + " bytes, "
                + relocations.size() + " relocations, " + classes.size() + " types";
    }
}
