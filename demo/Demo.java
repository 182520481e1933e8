import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo that {@code make run-qemu ARCH=x86_64} packs and boots: ordinary Java (records, streams, lambdas,
 * collections, formatting, exceptions) running on Eremite with no operating system underneath.
 */
public class Demo {
    record Planet(String name, double au, int moons) {
    }

    public static void main(String[] args) {
        System.out.println("Hello from Eremite: Java on bare metal (" + System.getProperty("os.arch") + ")");
        System.out.println("arguments: " + List.of(args));

        List<Integer> primes = IntStream.rangeClosed(2, 60).filter(Demo::isPrime).boxed().collect(Collectors.toList());
        System.out.println("primes up to 60: " + primes);

        List<Planet> planets = List.of(new Planet("Mercury", 0.39, 0), new Planet("Earth", 1.0, 1),
                new Planet("Mars", 1.52, 2), new Planet("Jupiter", 5.2, 95));
        Map<Integer, String> byMoons = new TreeMap<>();
        for (Planet p : planets) {
            byMoons.put(p.moons(), p.name());
        }
        System.out.println("planets by moons: " + byMoons);
        System.out.println(String.format("farthest: %s at %.2f AU", planets.get(planets.size() - 1).name(),
                planets.get(planets.size() - 1).au()));

        StringBuilder set = new StringBuilder();
        for (double y = -1.2; y <= 1.2; y += 0.15) {
            for (double x = -2.1; x <= 0.7; x += 0.05) {
                set.append(escapes(x, y) > 30 ? '#' : '.');
            }
            set.append('\n');
        }
        System.out.print(set);

        try {
            Object nothing = null;
            nothing.hashCode();
        } catch (NullPointerException e) {
            System.out.println("caught " + e.getClass().getName() + ", as Java requires");
        }
        System.out.println("bye");
    }

    static boolean isPrime(int n) {
        return IntStream.rangeClosed(2, (int) Math.floor(n / 2.0)).noneMatch(d -> d * d <= n && n % d == 0);
    }

    static int escapes(double cx, double cy) {
        double x = 0;
        double y = 0;
        int i = 0;
        while (i < 50 && x * x + y * y < 4) {
            double t = x * x - y * y + cx;
            y = 2 * x * y + cy;
            x = t;
            i++;
        }
        return i;
    }
}
