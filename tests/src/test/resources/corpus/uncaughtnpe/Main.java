package corpus.uncaughtnpe;

/**
 * A NullPointerException escapes main from four frames down, through a constructor and an instance method: the
 * trace shows <init>, the helpful message names the field, and the status is 1.
 */
public class Main {
    static class Config {
        String name;

        Config(String name) {
            this.name = name;
        }
    }

    static class Service {
        final int length;

        Service(Config config) {
            this.length = measure(config);
        }

        int measure(Config config) {
            return config.name.length();
        }
    }

    public static void main(String[] args) {
        System.out.println("first service " + new Service(new Config("ok")).length);
        System.out.println("second service " + new Service(new Config(null)).length);
    }
}
