package io.meridian.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The topology's element lists: immutable, equal to plain lists, and found by id without a scan. */
class IdListTest {
    private record Item(String id, int n) {
    }

    private static final Function<Item, String> ID = Item::id;

    @Test
    void findsEveryElementByIdAndNothingElse() {
        List<Item> source = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            source.add(new Item("e" + i, i));
        }
        List<Item> list = IdList.of(source, ID);
        for (int i = 0; i < 1_000; i += 37) {
            assertThat(IdList.find(list, ID, "e" + i)).contains(new Item("e" + i, i));
        }
        assertThat(IdList.find(list, ID, "e1000")).isEmpty();
        assertThat(IdList.find(list, ID, "")).isEmpty();
        // A plain list (or one indexed by another key) is scanned, with the same answers.
        assertThat(IdList.find(source, ID, "e999")).contains(new Item("e999", 999));
        assertThat(IdList.find(list, Item::id, "e5")).contains(new Item("e5", 5));
    }

    @Test
    void isAnImmutableCopyEqualToAPlainListOfTheSameElements() {
        List<Item> source = new ArrayList<>(List.of(new Item("a", 1), new Item("b", 2)));
        List<Item> list = IdList.of(source, ID);
        source.add(new Item("c", 3)); // a later change to the source does not reach the copy
        assertThat(list).hasSize(2).containsExactly(new Item("a", 1), new Item("b", 2));
        assertThat(list).isEqualTo(List.of(new Item("a", 1), new Item("b", 2)));
        assertThat(List.of(new Item("a", 1), new Item("b", 2))).isEqualTo(list);
        assertThat(list.hashCode()).isEqualTo(List.of(new Item("a", 1), new Item("b", 2)).hashCode());
        assertThatThrownBy(() -> list.add(new Item("d", 4))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(IdList.of(list, ID)).isSameAs(list);
    }

    @Test
    void topologiesStayEqualToTopologiesBuiltFromPlainLists() {
        Region r = new Region("use1", null, "US East", Provider.AWS, new GeoPoint(38.9, -77.0), "", 0.9995, 3, 4);
        Topology t = Topology.EMPTY.withRegion(r);
        assertThat(t.region("use1")).contains(r);
        assertThat(t.region("usw2")).isEmpty();
        assertThat(t).isEqualTo(new Topology(List.of(r), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                null, null));
    }
}
