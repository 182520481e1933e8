package corpus.synchronizedblocks;

import java.util.ArrayList;
import java.util.List;

/**
 * monitorenter/monitorexit: synchronized blocks and methods (instance and static), reentrant locking of the
 * same object, nested blocks on different objects, exceptions thrown inside a synchronized block (the lock is
 * released by the compiler's catch-all handler), return from inside a block, Thread.holdsLock before, inside
 * and after, and wait/notify's IllegalMonitorStateException when the lock is not held. Single-threaded.
 */
public class Main {
    private final Object lock = new Object();
    private int counter;
    private static int staticCounter;

    synchronized void increment() {
        counter++;
        reenter();
    }

    synchronized void reenter() {
        counter += 10;
    }

    static synchronized void staticIncrement() {
        staticCounter++;
    }

    int guarded(int value) {
        synchronized (lock) {
            if (value < 0) {
                throw new IllegalArgumentException("negative " + value);
            }
            if (value == 0) {
                return -1;
            }
            counter += value;
        }
        return counter;
    }

    public static void main(String[] args) {
        Main m = new Main();
        m.increment();
        m.increment();
        staticIncrement();
        System.out.println("counter " + m.counter + " static " + staticCounter);
        System.out.println("holdsLock before " + Thread.holdsLock(m.lock));
        synchronized (m.lock) {
            System.out.println("holdsLock inside " + Thread.holdsLock(m.lock));
            synchronized (m.lock) {
                System.out.println("reentrant inside " + Thread.holdsLock(m.lock));
            }
            System.out.println("still held after inner " + Thread.holdsLock(m.lock));
        }
        System.out.println("holdsLock after " + Thread.holdsLock(m.lock));
        System.out.println("guarded 5 -> " + m.guarded(5) + ", 0 -> " + m.guarded(0));
        try {
            m.guarded(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("exception inside block: " + e.getMessage() + ", lock released " + !Thread.holdsLock(m.lock));
        }
        List<String> a = new ArrayList<>(), b = new ArrayList<>();
        synchronized (a) {
            synchronized (b) {
                a.add("x");
                b.add("y");
                System.out.println("nested locks held " + Thread.holdsLock(a) + Thread.holdsLock(b));
            }
            System.out.println("inner released " + Thread.holdsLock(b));
        }
        synchronized (Main.class) {
            staticIncrement();
            System.out.println("class lock held " + Thread.holdsLock(Main.class) + " static " + staticCounter);
        }
        try {
            m.lock.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("notify without the lock: IllegalMonitorStateException");
        }
        synchronized (m.lock) {
            m.lock.notifyAll();
            System.out.println("notifyAll with the lock: fine");
        }
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            synchronized (m) {
                total += i;
            }
        }
        System.out.println("loop of synchronized blocks " + total);
        String interned = "lock";
        synchronized (interned) {
            synchronized ("lock") {
                System.out.println("string literal locks are the same object: " + Thread.holdsLock(interned));
            }
        }
    }
}
