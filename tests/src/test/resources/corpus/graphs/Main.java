package corpus.graphs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Graph algorithms on a fixed weighted graph of cities: Dijkstra with a PriorityQueue and path reconstruction,
 * breadth-first and depth-first orders, topological sort (Kahn) of a task graph with cycle detection, connected
 * components with union-find, a minimum spanning tree (Kruskal), and Floyd-Warshall distances.
 */
public class Main {
    record Edge(int from, int to, int weight) {
    }

    static final String[] CITIES = {"Ams", "Ber", "Cop", "Dub", "Edi", "Fra", "Gen", "Hel"};

    static int[] parent;

    static int findRoot(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    static boolean union(int a, int b) {
        int ra = findRoot(a), rb = findRoot(b);
        if (ra == rb) {
            return false;
        }
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        return true;
    }

    public static void main(String[] args) {
        List<Edge> edges = List.of(new Edge(0, 1, 650), new Edge(0, 5, 440), new Edge(1, 2, 440), new Edge(1, 5, 550),
                new Edge(2, 7, 890), new Edge(3, 4, 350), new Edge(0, 3, 750), new Edge(5, 6, 570), new Edge(6, 0, 930),
                new Edge(1, 7, 1100), new Edge(4, 0, 660));
        int n = CITIES.length;
        List<List<Edge>> adjacency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacency.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            adjacency.get(e.from()).add(e);
            adjacency.get(e.to()).add(new Edge(e.to(), e.from(), e.weight()));
        }
        int[] dist = new int[n];
        int[] previous = new int[n];
        Arrays.fill(dist, Integer.MAX_VALUE);
        Arrays.fill(previous, -1);
        dist[3] = 0;
        PriorityQueue<int[]> queue = new PriorityQueue<>((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
        queue.add(new int[] {3, 0});
        while (!queue.isEmpty()) {
            int[] top = queue.poll();
            if (top[1] > dist[top[0]]) {
                continue;
            }
            for (Edge e : adjacency.get(top[0])) {
                int candidate = dist[top[0]] + e.weight();
                if (candidate < dist[e.to()]) {
                    dist[e.to()] = candidate;
                    previous[e.to()] = top[0];
                    queue.add(new int[] {e.to(), candidate});
                }
            }
        }
        for (int city = 0; city < n; city++) {
            Deque<String> path = new ArrayDeque<>();
            for (int at = city; at != -1; at = previous[at]) {
                path.addFirst(CITIES[at]);
            }
            System.out.println("Dub -> " + CITIES[city] + ": " + dist[city] + " km via " + String.join(" > ", path));
        }
        boolean[] seen = new boolean[n];
        StringBuilder bfs = new StringBuilder();
        Deque<Integer> frontier = new ArrayDeque<>(List.of(0));
        seen[0] = true;
        while (!frontier.isEmpty()) {
            int c = frontier.poll();
            bfs.append(CITIES[c]).append(' ');
            adjacency.get(c).stream().map(Edge::to).sorted().forEach(t -> {
                if (!seen[t]) {
                    seen[t] = true;
                    frontier.add(t);
                }
            });
        }
        System.out.println("bfs from Ams: " + bfs.toString().trim());
        StringBuilder dfs = new StringBuilder();
        boolean[] visited = new boolean[n];
        Deque<Integer> stack = new ArrayDeque<>(List.of(0));
        while (!stack.isEmpty()) {
            int c = stack.pop();
            if (visited[c]) {
                continue;
            }
            visited[c] = true;
            dfs.append(CITIES[c]).append(' ');
            adjacency.get(c).stream().map(Edge::to).sorted((a, b) -> b - a).forEach(stack::push);
        }
        System.out.println("dfs from Ams: " + dfs.toString().trim());
        Map<String, List<String>> tasks = new TreeMap<>();
        tasks.put("compile", List.of("fetch", "configure"));
        tasks.put("configure", List.of("fetch"));
        tasks.put("test", List.of("compile"));
        tasks.put("package", List.of("compile", "docs"));
        tasks.put("docs", List.of("fetch"));
        tasks.put("fetch", List.of());
        tasks.put("release", List.of("test", "package"));
        System.out.println("build order " + topological(tasks));
        Map<String, List<String>> cyclic = new TreeMap<>(Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("a"), "d", List.of()));
        System.out.println("cyclic order " + topological(cyclic));
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort((a, b) -> a.weight() != b.weight() ? a.weight() - b.weight() : a.from() - b.from());
        int total = 0;
        StringBuilder tree = new StringBuilder();
        for (Edge e : sorted) {
            if (union(e.from(), e.to())) {
                total += e.weight();
                tree.append(CITIES[e.from()]).append('-').append(CITIES[e.to()]).append(' ');
            }
        }
        System.out.println("spanning tree " + tree.toString().trim() + " total " + total);
        long[][] fw = new long[n][n];
        for (long[] row : fw) {
            Arrays.fill(row, Long.MAX_VALUE / 4);
        }
        for (int i = 0; i < n; i++) {
            fw[i][i] = 0;
        }
        for (Edge e : edges) {
            fw[e.from()][e.to()] = Math.min(fw[e.from()][e.to()], e.weight());
            fw[e.to()][e.from()] = Math.min(fw[e.to()][e.from()], e.weight());
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    fw[i][j] = Math.min(fw[i][j], fw[i][k] + fw[k][j]);
                }
            }
        }
        long diameter = 0;
        for (long[] row : fw) {
            for (long d : row) {
                diameter = Math.max(diameter, d);
            }
        }
        System.out.println("Floyd-Warshall Hel row " + Arrays.toString(fw[7]) + " diameter " + diameter
                + " agrees with Dijkstra " + (fw[3][7] == dist[7]));
    }

    static List<String> topological(Map<String, List<String>> dependencies) {
        Map<String, Integer> indegree = new HashMap<>();
        Map<String, List<String>> dependents = new TreeMap<>();
        for (Map.Entry<String, List<String>> e : dependencies.entrySet()) {
            indegree.merge(e.getKey(), e.getValue().size(), Integer::sum);
            for (String d : e.getValue()) {
                dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>();
        indegree.forEach((k, v) -> {
            if (v == 0) {
                ready.add(k);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String t = ready.poll();
            order.add(t);
            for (String d : dependents.getOrDefault(t, List.of())) {
                if (indegree.merge(d, -1, Integer::sum) == 0) {
                    ready.add(d);
                }
            }
        }
        if (order.size() < dependencies.size()) {
            order.add("<cycle among " + (dependencies.size() - order.size()) + " tasks>");
        }
        return order;
    }
}
