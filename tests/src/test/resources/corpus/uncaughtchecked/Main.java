package corpus.uncaughtchecked;

/**
 * A custom checked exception, declared by main, escapes with suppressed exceptions attached (printed as
 * "Suppressed:" with tab-indented frames) after a try-with-resources whose close also failed. Status 1.
 */
public class Main {
    static class QuotaException extends Exception {
        QuotaException(String message) {
            super(message);
        }
    }

    static class Connection implements AutoCloseable {
        @Override
        public void close() {
            throw new UnsupportedOperationException("close is not supported");
        }
    }

    static void send(int bytes) throws QuotaException {
        if (bytes > 100) {
            throw new QuotaException("quota exceeded by " + (bytes - 100) + " bytes");
        }
        System.out.println("sent " + bytes);
    }

    public static void main(String[] args) throws QuotaException {
        try (Connection connection = new Connection()) {
            send(50);
            send(150);
        }
    }
}
