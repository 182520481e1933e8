package org.eremite.image.heap;

import java.io.FileDescriptor;
import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eremite.vm.object.ObjectLayout;

/**
 * What of the build JVM's state must not be frozen into the image, and what to do instead. Four kinds of rule,
 * each with its reason (errors quote it; {@link #describe()} lists them all for the build report):
 * <ul>
 *   <li><b>classes initialized at run time</b>: their statics differ per boot (seeds, clocks, the machine's
 *       properties and environment); their statics blocks are not snapshotted, and asking for one is an error.
 *       Their instances may still be copied unless an instance rule says otherwise.</li>
 *   <li><b>instance rules</b>: objects of a class and its subclasses that cannot be copied (threads, class
 *       loaders, method handles, open files, native memory) are refused, and the error gives the path from the
 *       root; or each is replaced by a substitute (possibly null).</li>
 *   <li><b>object rules</b>: one particular host object refused or replaced (the host's system properties).</li>
 *   <li><b>field rules</b>: a field reset to its default or rewritten ({@link FieldRule}).</li>
 * </ul>
 * Host lambdas (instances of hidden classes) are copied only through a {@link LambdaMapper}.
 *
 * <p>{@link #jdkDefaults()} is the list for the build JDK (17); {@link #none()} refuses only what cannot be
 * copied at all (hidden classes without a mapper). A policy is configured once, then read by the writer.
 */
public final class SnapshotPolicy {
    private final Map<String, String> runTimeInitialized = new LinkedHashMap<>();
    private final List<InstanceRule> instanceRules = new ArrayList<>();
    private final Map<Object, Treatment> objectRules = new IdentityHashMap<>();
    private final List<String> objectRuleDescriptions = new ArrayList<>();
    private final Map<String, FieldRule> fieldRules = new LinkedHashMap<>();
    private final Map<Class<?>, List<InstanceRule>> rulesByClass = new HashMap<>();
    private LambdaMapper lambdaMapper;

    private SnapshotPolicy() {
    }

    /** A policy without rules: everything is copied except host lambdas, which need a mapper. */
    public static SnapshotPolicy none() {
        return new SnapshotPolicy();
    }

    /** The rules for the build JDK's java.base (JDK-FACTS.md, "Snapshotting the host heap"). */
    public static SnapshotPolicy jdkDefaults() {
        SnapshotPolicy p = new SnapshotPolicy();
        // Per-boot state: seeds.
        // java.util.Random is snapshotted: its seedUniquifier is mixed with System.nanoTime() of the boot for every
        // new Random(), so seeds still differ per boot (its initializer needs reflection the guest lacks).
        p.initializeAtRunTime("java.util.concurrent.ThreadLocalRandom",
                "seeder and probeGenerator are per-boot seeds");
        p.initializeAtRunTime("java.util.concurrent.ThreadLocalRandom$ThreadLocalRandomProxy",
                "PROXY is a Random (one without a seed of its own, but a Random is never frozen)");
        p.initializeAtRunTime("java.util.SplittableRandom", "defaultGen seeds every new SplittableRandom()");
        p.initializeAtRunTime("java.security.SecureRandom", "seedGenerator is a seeded SecureRandom");
        p.initializeAtRunTime("sun.security.provider.SeedGenerator", "holds the entropy source's state");
        for (String prng : List.of("sun.security.provider.NativePRNG", "sun.security.provider.NativePRNG$Blocking",
                "sun.security.provider.NativePRNG$NonBlocking")) {
            p.initializeAtRunTime(prng, "its initializer opens the build machine's /dev/random and /dev/urandom");
        }
        p.initializeAtRunTime("java.util.UUID$Holder", "numberGenerator is randomUUID()'s SecureRandom");
        p.initializeAtRunTime("java.lang.Math$RandomNumberGeneratorHolder", "Math.random()'s generator");
        p.initializeAtRunTime("java.lang.StrictMath$RandomNumberGeneratorHolder", "StrictMath.random()'s generator");
        // java.util.ImmutableCollections is snapshotted with its salt (SALT32L, REVERSE): Set.of/Map.of tables in
        // the JDK's statics were built with it, so the guest must keep it. Their iteration order is then fixed per
        // image where HotSpot varies it per run; a program cannot rely on either.
        // Per-boot state: the machine.
        p.initializeAtRunTime("jdk.internal.util.StaticProperty",
                "java.home, user.home, user.dir, user.name, java.io.tmpdir ... of the build machine");
        p.initializeAtRunTime("java.lang.ProcessEnvironment", "the build machine's environment variables");
        p.initializeAtRunTime("java.io.File", "fs is the host's file system object, which caches user.dir");
        p.initializeAtRunTime("jdk.internal.reflect.Reflection",
                "its statics are hidden from host reflection (it filters its own fields), so they cannot be read");
        p.initializeAtRunTime("java.util.TimeZone", "defaultTimeZone is the build machine's time zone");

        // Objects that cannot be copied.
        String hostThread = "a thread or thread group of the build JVM (null in the guest, which has its own main thread)";
        p.substituteInstancesOf("java.lang.Thread", t -> null, hostThread);
        p.substituteInstancesOf("java.lang.ThreadGroup", g -> null, hostThread);
        p.substituteInstancesOf("java.lang.ClassLoader", l -> null,
                "a class loader of the build JVM: the guest's classes are all in the image, loaded by none (null, "
                        + "as the boot loader is on HotSpot)");
        String modules = "module graph of the build JVM; the guest has no module system (null there)";
        p.substituteInstancesOf("java.lang.Module", m -> null, modules);
        p.substituteInstancesOf("java.lang.ModuleLayer", m -> null, modules);
        p.substituteInstancesOf("java.security.ProtectionDomain", d -> null,
                "code source and permissions of the build JVM; the guest has no protection domains");
        // The JDK keeps VarHandles and MethodHandles in static finals for its atomic updates. Until their call
        // sites are rewritten at build time, a handle in the snapshot becomes null: code that uses it fails with
        // a NullPointerException when it runs (parallel streams, ForkJoin), instead of every image failing to build.
        String unsupportedHandle = "java.lang.invoke objects hold the build JVM's code: their calls are not "
                + "supported in the guest yet, so they are null there";
        for (String c : List.of("java.lang.invoke.VarHandle", "java.lang.invoke.MethodHandle",
                "java.lang.invoke.MethodType", "java.lang.invoke.LambdaForm", "java.lang.invoke.MemberName",
                "java.lang.invoke.CallSite", "java.lang.invoke.MethodHandles$Lookup")) {
            p.substituteInstancesOf(c, h -> null, unsupportedHandle);
        }
        p.substituteInstancesOf("java.lang.reflect.AccessibleObject", r -> null,
                "reflection objects hold the build JVM's method and field slots (null in the guest)");
        // References are copied with their referents (kept strongly: the guest has no collector yet) and without
        // the build JVM's queue and discovery links.
        String collector = "queue and discovery links belong to the build JVM's collector";
        for (String f : List.of("queue", "next", "discovered")) {
            p.fieldRule(FieldRule.reset("java.lang.ref.Reference", f, collector));
        }
        p.refuseInstancesOf("java.util.Random",
                "its seed would be frozen into the image: every boot would draw the same numbers; create it at run time");
        p.refuseInstancesOf("java.io.FileDescriptor",
                fd -> fd != FileDescriptor.in && fd != FileDescriptor.out && fd != FileDescriptor.err,
                "an open file of the build machine (only standard input, output and error are copied)");
        p.refuseInstancesOf("java.nio.channels.Channel", "an open channel of the build machine");
        p.refuseInstancesOf("java.nio.Buffer", b -> ((Buffer) b).isDirect(), "native memory of the build JVM");
        p.refuseInstancesOf("java.util.zip.ZipFile", "an open file of the build machine");
        p.refuseInstancesOf("java.util.zip.Inflater", "native zlib state of the build JVM");
        p.refuseInstancesOf("java.util.zip.Deflater", "native zlib state of the build JVM");
        p.refuseInstancesOf("java.lang.Process", "a process of the build machine");
        p.refuseInstancesOf("java.io.FileSystem", "caches the build machine's user.dir and java.home");
        p.refuseInstancesOf("java.lang.ProcessEnvironment$StringEnvironment",
                "the build machine's environment variables");
        p.substituteObject(System.getProperties(), GuestProperties.create(),
                "the build machine's system properties (user.dir, user.home, java.home, user.name ...) are "
                        + "replaced by the guest's");

        // Fields.
        p.fieldRule(FieldRule.reset("java.lang.System", "security",
                "hidden from host reflection; the guest has no security manager"));
        p.fieldRule(new FieldRule("java.nio.Buffer", "address", SnapshotPolicy::guestBufferAddress,
                "a heap buffer's address is the host's array base offset plus its start; the guest's base is "
                        + ObjectLayout.ARRAY_BASE_OFFSET));
        p.fieldRule(FieldRule.reset("java.nio.charset.CharsetEncoder", "cachedDecoder",
                "a WeakReference cache, recreated on demand"));
        p.fieldRule(FieldRule.reset("java.util.Collections", "r",
                "shuffle()'s lazily created Random; a frozen one repeats on every boot"));
        for (String f : List.of("defaultLocale", "defaultDisplayLocale", "defaultFormatLocale")) {
            p.fieldRule(new FieldRule("java.util.Locale", f, (holder, value) -> Locale.ENGLISH,
                    "the guest's locale is en, not the build machine's"));
        }
        p.fieldRule(FieldRule.reset("java.lang.ref.Cleaner", "impl",
                "a cleaner's thread and phantom references belong to the build JVM; classlib's Cleaner runs actions on "
                        + "explicit clean() only"));
        p.fieldRule(FieldRule.reset("sun.util.cldr.CLDRLocaleProviderAdapter", "nonBaseMetaInfo",
                "the locale data beyond java.base's (module jdk.localedata) is not in the guest, as when that module "
                        + "is absent on HotSpot"));
        p.fieldRule(new FieldRule("jdk.internal.misc.VM", "savedProps", (holder, value) -> GuestProperties.asMap(),
                "the saved properties are the guest's, not the build machine's (VM stays initialized as booted)"));
        p.fieldRule(new FieldRule("sun.security.provider.FileInputStreamPool", "pool",
                (holder, value) -> new java.util.concurrent.ConcurrentHashMap<>(),
                "the entropy files the build machine had open; the guest opens its own"));
        p.fieldRule(FieldRule.reset("jdk.internal.ref.Cleaner", "first",
                "the build JVM's cleaners of its native memory and files"));
        p.fieldRule(new FieldRule("jdk.internal.loader.BootLoader", "CLASS_LOADER_VALUE_MAP",
                (holder, value) -> new java.util.concurrent.ConcurrentHashMap<>(),
                "per-loader values of the build JVM (its proxy classes, its module layers) start empty in the guest"));
        p.fieldRule(new FieldRule("java.nio.charset.Charset$ExtendedProviderHolder", "extendedProviders",
                (holder, value) -> new java.nio.charset.spi.CharsetProvider[0],
                "the extended charsets live in the module jdk.charsets, which the guest does not have"));
        p.fieldRule(new FieldRule("java.nio.charset.Charset", "defaultCharset",
                (holder, value) -> StandardCharsets.UTF_8, "the guest's default charset is UTF-8"));
        return p;
    }

    // ---- configuration

    public SnapshotPolicy initializeAtRunTime(String className, String reason) {
        runTimeInitialized.put(className, reason);
        return this;
    }

    public SnapshotPolicy refuseInstancesOf(String className, String reason) {
        return instanceRule(new InstanceRule(className, o -> true, null, reason));
    }

    public SnapshotPolicy refuseInstancesOf(String className, Predicate<Object> applies, String reason) {
        return instanceRule(new InstanceRule(className, applies, null, reason));
    }

    /** Each instance of the class (and subclasses) is replaced by {@code replacement.apply(instance)}, maybe null. */
    public SnapshotPolicy substituteInstancesOf(String className, Function<Object, Object> replacement,
                                                String reason) {
        return instanceRule(new InstanceRule(className, o -> true, replacement, reason));
    }

    public SnapshotPolicy instanceRule(InstanceRule rule) {
        instanceRules.add(rule);
        rulesByClass.clear();
        return this;
    }

    public SnapshotPolicy refuseObject(Object object, String reason) {
        objectRules.put(object, Treatment.refuse(reason));
        objectRuleDescriptions.add("refuse " + describeObject(object) + ": " + reason);
        return this;
    }

    /** Every reference to {@code object} becomes a reference to {@code replacement} (null allowed). */
    public SnapshotPolicy substituteObject(Object object, Object replacement, String reason) {
        objectRules.put(object, Treatment.substitute(replacement, reason));
        objectRuleDescriptions.add("replace " + describeObject(object) + " by "
                + (replacement == null ? "null" : describeObject(replacement)) + ": " + reason);
        return this;
    }

    public SnapshotPolicy fieldRule(FieldRule rule) {
        fieldRules.put(rule.key(), rule);
        return this;
    }

    public SnapshotPolicy lambdaMapper(LambdaMapper mapper) {
        lambdaMapper = mapper;
        return this;
    }

    // ---- queries

    /** Why the class (binary name) is initialized at run time, or null if its statics may be snapshotted. */
    public String runTimeInitializationReason(String className) {
        return runTimeInitialized.get(className);
    }

    public Map<String, String> runTimeInitializedClasses() {
        return Collections.unmodifiableMap(runTimeInitialized);
    }

    /** The rule for a field (declaring class's binary name), or null. */
    public FieldRule fieldRule(String className, String fieldName) {
        return fieldRules.get(className + "." + fieldName);
    }

    /** Every rule, one line each, for the build report. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        runTimeInitialized.forEach((c, why) -> lines.add("initialize at run time " + c + ": " + why));
        for (InstanceRule r : instanceRules) {
            lines.add((r.refuses() ? "refuse instances of " : "replace instances of ") + r.className() + ": "
                    + r.reason());
        }
        lines.addAll(objectRuleDescriptions);
        for (FieldRule r : fieldRules.values()) {
            lines.add("field " + r.key() + ": " + r.reason());
        }
        return lines;
    }

    Treatment decide(Object object) {
        Treatment t = objectRules.get(object);
        if (t != null) {
            return t;
        }
        Class<?> c = object.getClass();
        for (InstanceRule r : rulesFor(c)) {
            if (r.applies().test(object)) {
                return r.refuses() ? Treatment.refuse(r.reason())
                        : Treatment.substitute(r.replacement().apply(object), r.reason());
            }
        }
        if (c.isHidden()) {
            String guest = lambdaMapper == null ? null : lambdaMapper.guestClassOf(c);
            if (guest == null) {
                return Treatment.refuse("a host lambda (hidden class); no guest class is mapped to it");
            }
            return Treatment.copyAs(guest, "host lambda " + c.getName() + " copied as " + guest);
        }
        return Treatment.COPY;
    }

    /** The guest class for a hidden host class, or null. */
    String guestClassOfHidden(Class<?> hidden) {
        return lambdaMapper == null ? null : lambdaMapper.guestClassOf(hidden);
    }

    private List<InstanceRule> rulesFor(Class<?> c) {
        return rulesByClass.computeIfAbsent(c, k -> {
            Set<String> supertypes = new HashSet<>();
            addSupertypeNames(k, supertypes);
            List<InstanceRule> matching = new ArrayList<>();
            for (InstanceRule r : instanceRules) {
                if (supertypes.contains(r.className())) {
                    matching.add(r);
                }
            }
            return matching;
        });
    }

    /** The names of c, its superclasses and all their superinterfaces: rules match by name, whatever the loader. */
    private static void addSupertypeNames(Class<?> c, Set<String> names) {
        if (c == null || !names.add(c.getName())) {
            return;
        }
        addSupertypeNames(c.getSuperclass(), names);
        for (Class<?> i : c.getInterfaces()) {
            addSupertypeNames(i, names);
        }
    }

    private static String describeObject(Object o) {
        return "an instance of " + o.getClass().getName() + " (identity " + System.identityHashCode(o) + ")";
    }

    /** {@link FieldRule.Rewrite} for {@code java.nio.Buffer.address} of a heap buffer (direct ones are refused). */
    private static Object guestBufferAddress(Object buffer, Object hostAddress) {
        Object array = backingArray(buffer);
        if (array == null) {
            return hostAddress;
        }
        return (Long) hostAddress - HostField.hostArrayBaseOffset(array.getClass()) + ObjectLayout.ARRAY_BASE_OFFSET;
    }

    private static Object backingArray(Object buffer) {
        for (Class<?> c = buffer.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals("hb") && f.getType().isArray()) {
                    return HostField.of(f).read(buffer);
                }
            }
        }
        return null;
    }
}
