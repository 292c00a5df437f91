package io.meridian.app.canvas;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Replaces a layer's children with as few changes as it takes. A node taken out of the scene and put back has its
 * style worked out again, with everything inside it: {@code setAll} did that to every region card and link after
 * each edit, 15 s on the FX thread at 1,000 regions and 10,000 components.
 */
final class SceneChildren {
    private SceneChildren() {
    }

    /** The children become {@code wanted}, in its order, with only the nodes not already there taken out or put in. */
    static void replace(ObservableList<Node> children, List<Node> wanted) {
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n)); // every node not wanted any more
        boolean inOrder = children.size() <= wanted.size();
        for (int i = 0, j = 0; inOrder && i < children.size(); j++) {
            if (j == wanted.size()) {
                inOrder = false;
            } else if (children.get(i) == wanted.get(j)) {
                i++;
            }
        }
        if (!inOrder || children.isEmpty()) {
            children.setAll(wanted); // kept nodes in another order (rare), or nothing kept: done whole
            return;
        }
        // The kept nodes are in order: each run of new ones goes in where it belongs, in one change.
        int j = 0;
        while (j < wanted.size()) {
            if (j < children.size() && children.get(j) == wanted.get(j)) {
                j++;
                continue;
            }
            int end = j + 1;
            while (end < wanted.size() && !(j < children.size() && children.get(j) == wanted.get(end))) {
                end++;
            }
            children.addAll(j, wanted.subList(j, end));
            j = end;
        }
    }
}
