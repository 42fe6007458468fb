package org.strata.geo.op.validity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shell checks (301-307) on faces given as rings of snapped vertex ids: too few faces, non-manifold edges
 * and vertices, separate components, holes in the surface, faces turned the wrong way, self-intersection.
 */
final class ShellChecks {
    private ShellChecks() {}

    static List<ValidityError> check(List<List<List<Integer>>> faces, List<Triangle> triangles, String where) {
        if (faces.size() < 4) {
            return List.of(new ValidityError(301, where, "the shell has " + faces.size() + " faces, fewer than 4"));
        }
        Map<Long, List<int[]>> edges = new HashMap<>();
        for (int f = 0; f < faces.size(); f++) {
            for (List<Integer> ring : faces.get(f)) {
                for (int i = 0; i < ring.size(); i++) {
                    int a = ring.get(i);
                    int b = ring.get((i + 1) % ring.size());
                    edges.computeIfAbsent(key(a, b), k -> new ArrayList<>()).add(new int[] {a, b, f});
                }
            }
        }
        for (List<int[]> uses : edges.values()) {
            if (uses.size() > 2) {
                return List.of(new ValidityError(303, where, "an edge is shared by " + uses.size() + " faces"));
            }
        }
        List<Set<Integer>> components = components(faces.size(), edges);
        if (components.size() > 1) {
            boolean touching = false;
            for (int i = 0; i < components.size() && !touching; i++) {
                Set<Integer> vi = vertices(faces, components.get(i));
                for (int j = i + 1; j < components.size() && !touching; j++) {
                    Set<Integer> vj = vertices(faces, components.get(j));
                    vj.retainAll(vi);
                    touching = !vj.isEmpty();
                }
            }
            return List.of(
                    touching
                            ? new ValidityError(303, where, "parts of the shell meet at a single vertex (non-manifold)")
                            : new ValidityError(305, where, "the shell has " + components.size() + " separate parts"));
        }
        for (List<int[]> uses : edges.values()) {
            if (uses.size() == 1) {
                return List.of(
                        new ValidityError(302, where, "the shell is not closed: an edge belongs to one face only"));
            }
        }
        if (!vertexFansAreSingle(faces, edges)) {
            return List.of(new ValidityError(303, where, "a vertex joins faces that are not connected around it"));
        }
        for (List<int[]> uses : edges.values()) {
            if (uses.get(0)[0] == uses.get(1)[0]) {
                return List.of(new ValidityError(
                        307,
                        where,
                        "faces " + uses.get(0)[2] + " and " + uses.get(1)[2] + " are turned opposite ways"));
            }
        }
        return selfIntersection(triangles, where);
    }

    private static List<ValidityError> selfIntersection(List<Triangle> triangles, String where) {
        for (int i = 0; i < triangles.size(); i++) {
            Triangle t = triangles.get(i);
            for (int j = i + 1; j < triangles.size(); j++) {
                Triangle s = triangles.get(j);
                if (t.face() == s.face()) {
                    continue;
                }
                int shared = t.sharedVertices(s);
                Contact c = Contact.of(t, s);
                boolean bad =
                        switch (shared) {
                            case 0 -> c != Contact.NONE;
                            case 1 -> c == Contact.CROSSING || c == Contact.COPLANAR_OVERLAP || c == Contact.EDGE;
                            default -> c == Contact.COPLANAR_OVERLAP;
                        };
                if (bad) {
                    return List.of(new ValidityError(
                            306,
                            where,
                            "faces " + t.face() + " and " + s.face() + " intersect ("
                                    + c.name().toLowerCase(java.util.Locale.ROOT) + ")"));
                }
            }
        }
        return List.of();
    }

    /**
     * Whether around every vertex the face corners there form one fan: corners are joined when they share an
     * edge at the vertex. Two separate fans (a face pinched at a vertex, two parts meeting at a point) make the
     * vertex non-manifold.
     */
    private static boolean vertexFansAreSingle(List<List<List<Integer>>> faces, Map<Long, List<int[]>> edges) {
        Map<Integer, List<int[]>> corners = new HashMap<>();
        for (List<List<Integer>> face : faces) {
            for (List<Integer> ring : face) {
                int n = ring.size();
                for (int i = 0; i < n; i++) {
                    int v = ring.get(i);
                    corners.computeIfAbsent(v, k -> new ArrayList<>())
                            .add(new int[] {ring.get((i + n - 1) % n), ring.get((i + 1) % n)});
                }
            }
        }
        for (List<int[]> around : corners.values()) {
            int[] parent = new int[around.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            Map<Integer, Integer> firstByNeighbour = new HashMap<>();
            for (int i = 0; i < around.size(); i++) {
                for (int neighbour : around.get(i)) {
                    Integer other = firstByNeighbour.putIfAbsent(neighbour, i);
                    if (other != null) {
                        parent[root(parent, i)] = root(parent, other);
                    }
                }
            }
            int roots = 0;
            for (int i = 0; i < parent.length; i++) {
                roots += root(parent, i) == i ? 1 : 0;
            }
            if (roots > 1) {
                return false;
            }
        }
        return true;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static List<Set<Integer>> components(int faceCount, Map<Long, List<int[]>> edges) {
        Map<Integer, Integer> parent = new HashMap<>();
        for (int f = 0; f < faceCount; f++) {
            parent.put(f, f);
        }
        for (List<int[]> uses : edges.values()) {
            for (int i = 1; i < uses.size(); i++) {
                union(parent, uses.get(0)[2], uses.get(i)[2]);
            }
        }
        Map<Integer, Set<Integer>> groups = new HashMap<>();
        for (int f = 0; f < faceCount; f++) {
            groups.computeIfAbsent(find(parent, f), k -> new HashSet<>()).add(f);
        }
        return new ArrayList<>(groups.values());
    }

    private static Set<Integer> vertices(List<List<List<Integer>>> faces, Set<Integer> component) {
        Set<Integer> out = new HashSet<>();
        component.forEach(f -> faces.get(f).forEach(out::addAll));
        return out;
    }

    private static int find(Map<Integer, Integer> parent, int x) {
        while (parent.get(x) != x) {
            x = parent.get(x);
        }
        return x;
    }

    private static void union(Map<Integer, Integer> parent, int a, int b) {
        parent.put(find(parent, a), find(parent, b));
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
