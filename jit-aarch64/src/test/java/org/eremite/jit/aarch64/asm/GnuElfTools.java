package org.eremite.jit.aarch64.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GNU as, readelf and ld for aarch64, for the relocation tests: what relocations as records for a
 * listing, and what ld makes of them at a given load address.
 */
final class GnuElfTools {
    /** One relocation as readelf prints it. */
    record ElfRelocation(long offset, int type, String typeName, String symbol, long addend) {
    }

    /** An assembled object: its unrelocated .text and its relocations. */
    record ObjectFile(byte[] text, List<ElfRelocation> relocations) {
    }

    private static final Pattern RELOCATION = Pattern.compile(
            "^([0-9a-f]+)\\s+([0-9a-f]+)\\s+(R_AARCH64_\\w+)\\s+[0-9a-f]+\\s+(\\S+)\\s*([+-])\\s*([0-9a-f]+)\\s*$");

    private GnuElfTools() {
    }

    static ObjectFile assemble(String source) {
        return inTemporaryDirectory(dir -> {
            Path o = assembleTo(dir, source);
            String dump = run("aarch64-linux-gnu-readelf", "-rW", o.toString());
            List<ElfRelocation> relocations = new ArrayList<>();
            for (String line : dump.split("\n")) {
                Matcher m = RELOCATION.matcher(line.trim());
                if (m.matches()) {
                    long info = Long.parseUnsignedLong(m.group(2), 16);
                    long addend = Long.parseUnsignedLong(m.group(6), 16);
                    relocations.add(new ElfRelocation(Long.parseLong(m.group(1), 16), (int) info, m.group(3), m.group(4),
                            m.group(5).equals("-") ? -addend : addend));
                }
            }
            return new ObjectFile(text(dir, o), relocations);
        });
    }

    /** Links the source's object at {@code textBase} with the given {@code name=value} symbols and returns the linked .text. */
    static byte[] link(String source, long textBase, String... definitions) {
        return inTemporaryDirectory(dir -> {
            Path o = assembleTo(dir, source);
            Path elf = dir.resolve("out.elf");
            List<String> ld = new ArrayList<>(List.of("aarch64-linux-gnu-ld", "-e", "0", "-Ttext=0x" + Long.toHexString(textBase)));
            for (String definition : definitions) {
                ld.add("--defsym=" + definition);
            }
            ld.addAll(List.of("-o", elf.toString(), o.toString()));
            run(ld.toArray(new String[0]));
            return text(dir, elf);
        });
    }

    private static Path assembleTo(Path dir, String source) throws IOException {
        Path s = dir.resolve("in.s");
        Path o = dir.resolve("in.o");
        Files.writeString(s, source);
        run("aarch64-linux-gnu-as", "-march=armv8.1-a", "-o", o.toString(), s.toString());
        return o;
    }

    private static byte[] text(Path dir, Path file) throws IOException {
        Path bin = dir.resolve(file.getFileName() + ".bin");
        run("aarch64-linux-gnu-objcopy", "-O", "binary", "-j", ".text", file.toString(), bin.toString());
        return Files.readAllBytes(bin);
    }

    private interface Work<T> {
        T run(Path dir) throws IOException;
    }

    private static <T> T inTemporaryDirectory(Work<T> work) {
        try {
            Path dir = Files.createTempDirectory("jasm-elf");
            try {
                return work.run(dir);
            } finally {
                try (var paths = Files.walk(dir)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
