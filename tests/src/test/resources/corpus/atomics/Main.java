package corpus.atomics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The java.util.concurrent classes a single-threaded program still uses: atomics (VarHandles and Unsafe inside),
 * adders, concurrent collections, a lock, a bounded queue. Prints every result.
 */
public class Main {
    public static void main(String[] args) throws Exception {
        AtomicInteger i = new AtomicInteger(5);
        System.out.println("int " + i.incrementAndGet() + " " + i.getAndAdd(10) + " " + i.compareAndSet(16, 1) + " "
                + i.compareAndSet(99, 2) + " " + i.updateAndGet(x -> x * 7) + " " + i.accumulateAndGet(3, Math::max));
        AtomicLong l = new AtomicLong(Long.MAX_VALUE - 1);
        System.out.println("long " + l.incrementAndGet() + " " + l.incrementAndGet() + " " + l.getAndSet(42) + " " + l);
        AtomicReference<String> ref = new AtomicReference<>("a");
        System.out.println("reference " + ref.compareAndSet("a", "b") + " " + ref.compareAndSet("a", "c") + " "
                + ref.getAndUpdate(s -> s + "!") + " " + ref.get() + " " + ref.getAndSet(null) + " " + ref.get());
        AtomicBoolean flag = new AtomicBoolean();
        System.out.println("boolean " + flag.getAndSet(true) + " " + flag.compareAndSet(true, false) + " " + flag);
        AtomicIntegerArray array = new AtomicIntegerArray(4);
        array.set(2, 9);
        array.addAndGet(2, 1);
        System.out.println("array " + array + " " + array.compareAndSet(0, 0, 5) + " " + array);
        LongAdder adder = new LongAdder();
        for (int k = 0; k < 100; k++) {
            adder.add(k);
        }
        System.out.println("adder " + adder.sum() + " " + adder.sumThenReset() + " " + adder.sum());

        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();
        for (String w : "to be or not to be that is the question".split(" ")) {
            map.merge(w, 1, Integer::sum);
        }
        map.computeIfPresent("be", (k, v) -> v * 100);
        map.putIfAbsent("extra", 0);
        System.out.println("concurrent map " + new TreeMap<>(map) + " size " + map.size() + " reduce "
                + map.reduceValuesToInt(Long.MAX_VALUE, Integer::intValue, 0, Integer::sum));
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(3, 1, 2));
        for (Integer x : cow) {
            cow.add(x * 10);
        }
        System.out.println("copy on write " + cow);
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(List.of("x", "y"));
        queue.offer("z");
        System.out.println("queue " + queue.poll() + " " + queue + " " + queue.size());
        ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();
        deque.addFirst(1);
        deque.addLast(2);
        deque.push(0);
        System.out.println("deque " + deque + " " + deque.pollLast());
        ArrayBlockingQueue<Integer> bounded = new ArrayBlockingQueue<>(2);
        System.out.println("bounded " + bounded.offer(1) + " " + bounded.offer(2) + " " + bounded.offer(3) + " "
                + bounded.take() + " " + bounded);
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        lock.lock();
        System.out.println("lock held " + lock.isHeldByCurrentThread() + " count " + lock.getHoldCount());
        lock.unlock();
        lock.unlock();
        System.out.println("lock released " + lock.isLocked());
        Map<Integer, Integer> squares = new ConcurrentHashMap<>();
        for (int k = 0; k < 20; k++) {
            squares.computeIfAbsent(k % 5, x -> x * x);
        }
        System.out.println("squares " + new TreeMap<>(squares));
    }
}
