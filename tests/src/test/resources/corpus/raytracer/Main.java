package corpus.raytracer;

import java.util.ArrayList;
import java.util.List;

/**
 * An ASCII ray tracer with fixed-size output (72x30): spheres and a checkered plane, a camera, diffuse and
 * specular shading from two point lights with shadows, one level of reflection, and a brightness ramp of
 * characters. Uses interfaces, records, double arithmetic and Math.sqrt only (correctly rounded everywhere), so
 * every platform prints the same picture. Prints the picture and a checksum of the brightness values.
 */
public class Main {
    static final String RAMP = " .:-=+*#%@";
    static final double EPSILON = 1e-6;

    interface Shape {
        /** Distance along the ray to the nearest hit in front of the origin, or a negative number. */
        double hit(Vec origin, Vec direction);

        Vec normal(Vec point);

        double reflectivity();

        double albedo(Vec point);
    }

    record Sphere(Vec center, double radius, double reflectivity, double shade) implements Shape {
        @Override
        public double hit(Vec origin, Vec direction) {
            Vec oc = origin.minus(center);
            double b = oc.dot(direction);
            double c = oc.dot(oc) - radius * radius;
            double disc = b * b - c;
            if (disc < 0) {
                return -1;
            }
            double sq = Math.sqrt(disc);
            double t = -b - sq;
            if (t > EPSILON) {
                return t;
            }
            t = -b + sq;
            return t > EPSILON ? t : -1;
        }

        @Override
        public Vec normal(Vec point) {
            return point.minus(center).normalized();
        }

        @Override
        public double albedo(Vec point) {
            return shade;
        }
    }

    record Plane(double height) implements Shape {
        @Override
        public double hit(Vec origin, Vec direction) {
            if (Math.abs(direction.y()) < EPSILON) {
                return -1;
            }
            double t = (height - origin.y()) / direction.y();
            return t > EPSILON ? t : -1;
        }

        @Override
        public Vec normal(Vec point) {
            return new Vec(0, 1, 0);
        }

        @Override
        public double reflectivity() {
            return 0.2;
        }

        @Override
        public double albedo(Vec point) {
            long cx = (long) Math.floor(point.x());
            long cz = (long) Math.floor(point.z());
            return ((cx + cz) & 1) == 0 ? 0.9 : 0.3;
        }
    }

    record Hit(Shape shape, double distance) {
    }

    final List<Shape> scene = new ArrayList<>();
    final List<Vec> lights = List.of(new Vec(-5, 6, -3), new Vec(4, 8, -6));

    Hit nearest(Vec origin, Vec direction) {
        Hit best = null;
        for (Shape s : scene) {
            double t = s.hit(origin, direction);
            if (t > 0 && (best == null || t < best.distance())) {
                best = new Hit(s, t);
            }
        }
        return best;
    }

    double trace(Vec origin, Vec direction, int depth) {
        Hit hit = nearest(origin, direction);
        if (hit == null) {
            return 0.05 + 0.1 * Math.max(0, direction.y());
        }
        Vec point = origin.plus(direction.times(hit.distance()));
        Vec normal = hit.shape().normal(point);
        double brightness = 0.08;
        for (Vec light : lights) {
            Vec toLight = light.minus(point);
            double distance = toLight.length();
            Vec l = toLight.times(1 / distance);
            double diffuse = normal.dot(l);
            if (diffuse <= 0) {
                continue;
            }
            Hit blocker = nearest(point.plus(normal.times(1e-4)), l);
            if (blocker != null && blocker.distance() < distance) {
                continue;
            }
            brightness += 0.5 * diffuse * hit.shape().albedo(point);
            Vec reflected = l.minus(normal.times(2 * l.dot(normal)));
            double spec = reflected.dot(direction);
            if (spec > 0) {
                double s2 = spec * spec, s4 = s2 * s2, s8 = s4 * s4;
                brightness += 0.4 * s8 * s8;
            }
        }
        if (depth > 0 && hit.shape().reflectivity() > 0) {
            Vec r = direction.minus(normal.times(2 * direction.dot(normal)));
            brightness = brightness * (1 - hit.shape().reflectivity())
                    + hit.shape().reflectivity() * trace(point.plus(normal.times(1e-4)), r, depth - 1);
        }
        return brightness;
    }

    public static void main(String[] args) {
        Main tracer = new Main();
        tracer.scene.add(new Sphere(new Vec(0, 1, 3.5), 1.5, 0.3, 0.9));
        tracer.scene.add(new Sphere(new Vec(-2.3, 0.4, 2.5), 0.9, 0.0, 0.8));
        tracer.scene.add(new Sphere(new Vec(2.1, 0.2, 2), 0.7, 0.5, 1.0));
        tracer.scene.add(new Plane(-0.5));
        int width = 72, height = 30;
        Vec eye = new Vec(0, 1.2, -1.5);
        long checksum = 0;
        StringBuilder picture = new StringBuilder();
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < width; col++) {
                double x = (col - width / 2.0) / width * 2.0;
                double y = (height / 2.0 - row) / height * 1.4;
                Vec dir = new Vec(x, y - 0.1, 1.0).normalized();
                double b = tracer.trace(eye, dir, 2);
                int level = (int) (b * (RAMP.length() - 1) * 1.2);
                level = Math.max(0, Math.min(RAMP.length() - 1, level));
                picture.append(RAMP.charAt(level));
                checksum = checksum * 31 + (long) (b * 1_000_000);
            }
            picture.append('\n');
        }
        System.out.print(picture);
        System.out.println("checksum " + checksum);
    }
}
