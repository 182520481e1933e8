package corpus.raytracer;

/** An immutable 3-vector of doubles. Only +, -, *, / and sqrt are used, so results are exact IEEE everywhere. */
record Vec(double x, double y, double z) {
    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double dot(Vec o) {
        return x * o.x + y * o.y + z * o.z;
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    Vec normalized() {
        double len = length();
        return new Vec(x / len, y / len, z / len);
    }
}
