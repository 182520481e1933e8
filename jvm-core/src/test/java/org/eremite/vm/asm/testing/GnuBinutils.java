package org.eremite.vm.asm.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eremite.vm.asm.AbstractAssembler;
import org.eremite.vm.asm.AssemblyListing;

/**
 * The GNU binutils of one ISA ({@code <triplet>-as}, {@code -objcopy}, {@code -objdump}), used as the
 * oracle for Jasm's encodings.
 *
 * <p>The main check, {@link #assertAssemblesIdentically}, hands an assembler's listing to {@code as} and
 * requires byte-for-byte the same code: one {@code as} run checks thousands of instructions, and checks
 * the listing's text at the same time.
 */
public final class GnuBinutils {
    /** x86_64: Intel syntax without register prefixes, as the x86_64 listing is written. */
    public static final GnuBinutils X86_64 = new GnuBinutils("x86_64-linux-gnu", "i386:x86-64", List.of("--64"));
    /** aarch64: ARMv8.1 (for LSE atomics such as {@code cas}) plus the system registers of EL1. */
    public static final GnuBinutils AARCH64 = new GnuBinutils("aarch64-linux-gnu", "aarch64", List.of("-march=armv8.1-a"));
    /** riscv64: RV64G with the CSR and fence.i extensions spelled out (binutils 2.38+ needs them named). */
    public static final GnuBinutils RISCV64 = new GnuBinutils("riscv64-linux-gnu", "riscv:rv64",
            List.of("-march=rv64imafd_zicsr_zifencei", "-mabi=lp64d", "-mno-relax"));

    private final String triplet;
    private final String bfdArch;
    private final List<String> asFlags;

    public GnuBinutils(String triplet, String bfdArch, List<String> asFlags) {
        this.triplet = triplet;
        this.bfdArch = bfdArch;
        this.asFlags = List.copyOf(asFlags);
    }

    /** Assembles {@code source} and returns the bytes of its {@code .text} section. */
    public byte[] assemble(String source) {
        return inTemporaryDirectory(dir -> text(dir, assembleTo(dir, source)));
    }

    /** Disassembles raw code with {@code objdump} (for messages and for checks of forms {@code as} cannot express). */
    public String disassemble(byte[] code) {
        return inTemporaryDirectory(dir -> {
            Path bin = dir.resolve("code.bin");
            Files.write(bin, code);
            return run(List.of(tool("objdump"), "-D", "-b", "binary", "-m", bfdArch, "-z", bin.toString()), null);
        });
    }

    /** One relocation of an object file, as {@code readelf -r} prints it. */
    public record ElfRelocation(long offset, int type, String typeName, String symbol, long addend) {
    }

    /** An assembled object file: its unrelocated {@code .text} and its relocations in file order. */
    public record ObjectFile(byte[] text, List<ElfRelocation> relocations) {
    }

    private static final java.util.regex.Pattern RELOCATION = java.util.regex.Pattern.compile(
            "^([0-9a-f]+)\\s+([0-9a-f]+)\\s+(R_\\w+)\\s+[0-9a-f]+\\s+(\\S+)\\s*([+-])\\s*([0-9a-f]+)\\s*$");

    /** Assembles {@code source} into an object file and reads back its {@code .text} and relocations. */
    public ObjectFile assembleObject(String source) {
        return inTemporaryDirectory(dir -> {
            Path o = assembleTo(dir, source);
            List<ElfRelocation> relocations = new ArrayList<>();
            for (String line : run(List.of(tool("readelf"), "-rW", o.toString()), null).split("\n")) {
                java.util.regex.Matcher m = RELOCATION.matcher(line.trim());
                if (m.matches()) {
                    long info = Long.parseUnsignedLong(m.group(2), 16);
                    long addend = Long.parseUnsignedLong(m.group(6), 16);
                    relocations.add(new ElfRelocation(Long.parseLong(m.group(1), 16), (int) info, m.group(3),
                            m.group(4), m.group(5).equals("-") ? -addend : addend));
                }
            }
            return new ObjectFile(text(dir, o), relocations);
        });
    }

    /**
     * Assembles {@code source}, links it with {@code ld} with {@code .text} at {@code textBase} and the given
     * {@code name=value} symbol definitions, and returns the linked {@code .text}: the oracle for relocation
     * arithmetic.
     */
    public byte[] link(String source, long textBase, String... definitions) {
        return inTemporaryDirectory(dir -> {
            Path o = assembleTo(dir, source);
            Path elf = dir.resolve("out.elf");
            List<String> ld = new ArrayList<>(List.of(tool("ld"), "-e", "0", "-Ttext=0x" + Long.toHexString(textBase)));
            for (String definition : definitions) {
                ld.add("--defsym=" + definition);
            }
            ld.addAll(List.of("-o", elf.toString(), o.toString()));
            run(ld, null);
            return text(dir, elf);
        });
    }

    private Path assembleTo(Path dir, String source) throws IOException {
        Path s = dir.resolve("in.s");
        Path o = dir.resolve("in.o");
        Files.writeString(s, source);
        List<String> as = new ArrayList<>();
        as.add(tool("as"));
        as.addAll(asFlags);
        as.addAll(List.of("-o", o.toString(), s.toString()));
        run(as, source);
        return o;
    }

    private byte[] text(Path dir, Path file) throws IOException {
        Path bin = dir.resolve(file.getFileName() + ".bin");
        run(List.of(tool("objcopy"), "-O", "binary", "-j", ".text", file.toString(), bin.toString()), null);
        return Files.readAllBytes(bin);
    }

    private interface Work<T> {
        T run(Path dir) throws IOException;
    }

    private <T> T inTemporaryDirectory(Work<T> work) {
        try {
            Path dir = Files.createTempDirectory("jasm-" + triplet);
            try {
                return work.run(dir);
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + triplet + " binutils: " + e.getMessage(), e);
        }
    }

    /**
     * The instructions of {@code objdump}'s disassembly of {@code code}, one string per instruction:
     * mnemonic and operands with whitespace normalized, comments ({@code #}, {@code //}, {@code <sym>}) dropped.
     */
    public List<String> disassembleInstructions(byte[] code) {
        List<String> result = new ArrayList<>();
        for (String line : disassemble(code).split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 3 || !cols[0].trim().matches("[0-9a-f]+:")) {
                continue;
            }
            String text = String.join(" ", java.util.Arrays.copyOfRange(cols, 2, cols.length));
            text = text.replaceAll(commentPattern(), "").replaceAll("\\s+", " ").trim();
            result.add(text);
        }
        return result;
    }

    /** objdump's comments: {@code //} and {@code <symbol>}, and {@code #} except on aarch64, where it starts immediates. */
    private String commentPattern() {
        return triplet.startsWith("aarch64") ? "\\s*(//|<).*$" : "\\s*(//|#|<).*$";
    }

    /**
     * Requires that {@code as} turns the assembler's listing into exactly the bytes the assembler
     * emitted. On a mismatch, names the first instruction that differs, with both encodings.
     */
    public void assertAssemblesIdentically(AbstractAssembler assembler) {
        AssemblyListing listing = assembler.listing();
        if (listing == null) {
            throw new IllegalStateException("enable the assembler's listing before emitting");
        }
        byte[] ours = assembler.finish();
        byte[] reference = assemble(listing.toSource());
        int diff = firstDifference(ours, reference);
        if (diff < 0) {
            return;
        }
        AssemblyListing.Entry entry = listing.instructionAt(Math.min(diff, Math.max(0, ours.length - 1)));
        HexFormat hex = HexFormat.of();
        String where = entry == null ? "at offset 0x" + Integer.toHexString(diff)
                : "instruction '" + entry.text() + "' at offset 0x" + Integer.toHexString(entry.offset());
        int from = entry == null ? diff : entry.offset();
        int length = entry == null ? 8 : Math.max(entry.length(), 1);
        fail(triplet + ": " + where + " encodes differently: Jasm " + slice(hex, ours, from, length)
                + ", as " + slice(hex, reference, from, length) + " (Jasm " + ours.length + " bytes, as "
                + reference.length + " bytes)");
    }

    private static String slice(HexFormat hex, byte[] b, int from, int length) {
        if (from >= b.length) {
            return "<end>";
        }
        return hex.formatHex(b, from, Math.min(b.length, from + length));
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    private String tool(String name) {
        String command = triplet + "-" + name;
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return Path.of(dir, command).toString();
            }
        }
        throw new AssertionError(command + " is not installed: the encoding tests need GNU binutils for "
                + triplet + " (run 'make setup', or apt-get install binutils-" + triplet.replace('_', '-') + ")");
    }

    private static String run(List<String> command, String sourceForErrors) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            StringBuilder message = new StringBuilder(String.join(" ", command) + " failed:\n" + text);
            if (sourceForErrors != null) {
                appendQuotedLines(message, text, sourceForErrors);
            }
            throw new AssertionError(message.toString());
        }
        return text;
    }

    /** For each "in.s:N:" in the tool's errors, quotes source line N, so a failure shows the listing text. */
    private static void appendQuotedLines(StringBuilder message, String errors, String source) {
        String[] lines = source.split("\n", -1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("in\\.s:(\\d+):").matcher(errors);
        int shown = 0;
        while (m.find() && shown++ < 20) {
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= lines.length) {
                message.append("\n  line ").append(n).append(": ").append(lines[n - 1].trim());
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
