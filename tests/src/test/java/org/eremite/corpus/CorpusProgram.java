package org.eremite.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One guest program of the corpus: the folder {@code corpus/<name>/} holds its sources (package
 * {@code corpus.<name>}, main class {@code corpus.<name>.Main}), and {@code corpus/corpus.properties} may give it
 * arguments as a line {@code <name>.args = ...}.
 *
 * <p>That file is read line by line, not as {@link java.util.Properties} (whose escapes would eat backslashes):
 * blank lines and lines starting with {@code #} are skipped. Arguments are written as on a shell command line,
 * without any expansion: blanks separate arguments, double quotes group (so {@code ""} is an empty argument),
 * inside double quotes a backslash takes the next character literally ({@code "say \"hi\""}), and outside
 * quotes a backslash is an ordinary character.
 *
 * @param name      the folder's name, also the last part of the package
 * @param directory the folder of the sources
 * @param arguments what {@code main} receives
 */
public record CorpusProgram(String name, Path directory, List<String> arguments) {
    /** The resource folder of the corpus, copied to the test class path by Maven. */
    static final String ROOT = "/corpus";
    static final String PROPERTIES = "corpus.properties";

    /** The main class, as a binary name. */
    public String mainClass() {
        return "corpus." + name + ".Main";
    }

    /** The program's source files, sorted by path. */
    public List<Path> sources() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("listing the sources of " + name, e);
        }
    }

    /** Every program of the corpus, sorted by name. */
    public static List<CorpusProgram> all() {
        Path root = root();
        Map<String, String> argumentLines = readArgumentLines(root.resolve(PROPERTIES));
        List<CorpusProgram> programs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            for (Path dir : entries.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                String name = dir.getFileName().toString();
                programs.add(new CorpusProgram(name, dir, parseArguments(argumentLines.getOrDefault(name, ""))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + root, e);
        }
        for (String program : argumentLines.keySet()) {
            if (!Files.isDirectory(root.resolve(program))) {
                throw new IllegalStateException(PROPERTIES + " gives arguments to " + program + ", which is no program");
            }
        }
        return programs;
    }

    /** The file's argument lines, by program name. */
    static Map<String, String> readArgumentLines(Path file) {
        Map<String, String> lines = new HashMap<>();
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = equals < 0 ? line : line.substring(0, equals).strip();
            if (equals < 0 || !key.endsWith(".args")) {
                throw new IllegalStateException(file.getFileName() + ":" + (i + 1) + ": expected <program>.args = ...");
            }
            lines.put(key.substring(0, key.length() - ".args".length()), line.substring(equals + 1).strip());
        }
        return lines;
    }

    /** The corpus folder on the test class path. */
    static Path root() {
        URL url = CorpusProgram.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the corpus " + ROOT + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the corpus is at " + url, e);
        }
    }

    /** Splits a command line into arguments: blanks separate, double quotes group, backslash escapes in quotes. */
    static List<String> parseArguments(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    current.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote in arguments: " + line);
        }
        if (inArgument) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
