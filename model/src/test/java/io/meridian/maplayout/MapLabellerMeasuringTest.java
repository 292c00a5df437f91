package io.meridian.maplayout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measuring a region's card builds it in the app (a few hundred nodes with their styles), so the placement measures
 * a label only when it tries to place it: a level given up early leaves the other labels unmeasured.
 */
class MapLabellerMeasuringTest {
    /** Fixed sizes; records which labels were measured in full. */
    private static class CountingSizes implements LabelSizes {
        final Set<String> measuredFull = new HashSet<>();

        @Override
        public Size full(String id) {
            measuredFull.add(id);
            return new Size(200, 60);
        }

        @Override
        public Size compact(String id) {
            return new Size(60, 16);
        }

        @Override
        public Size cluster(List<String> regionIds) {
            return new Size(90, 16);
        }
    }

    @Test
    void aLevelGivenUpAtItsFirstLabelMeasuresNoOtherCard() {
        // 1,000 regions on a 40 × 25 grid 38 px apart (each its own label: regions join within 26 px). Marker boxes
        // are 2 × (9 + 2) = 22 px, leaving 16 px gaps: no 200 × 60 card and no 60 × 16 chip fits between them, so
        // the card level fails at the first label it tries, and each of its retries (at most 4) at its first too.
        List<MapItem> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(MapItem.region("r" + i, 30 + 38 * (i % 40), 30 + 38 * (i / 40), null));
        }
        CountingSizes sizes = new CountingSizes();
        MapLayout layout = MapLabeller.place(new MapScene(new Box(0, 0, 1600, 1000), items, List.of(), List.of(), 9,
                sizes));

        assertThat(layout.detail()).isNotEqualTo(Detail.CARDS);
        assertThat(sizes.measuredFull.size()).as("cards measured (all 1,000 before)").isBetween(1, 4);
    }

    @Test
    void aMapWithRoomMeasuresAndPlacesEveryCard() {
        List<MapItem> items = List.of(MapItem.region("a", 300, 300, null), MapItem.region("b", 1200, 300, null),
                MapItem.region("c", 300, 800, null), MapItem.region("d", 1200, 800, null));
        CountingSizes sizes = new CountingSizes();
        MapLayout layout = MapLabeller.place(new MapScene(new Box(0, 0, 1600, 1000), items, List.of(), List.of(), 9,
                sizes));

        assertThat(layout.detail()).isEqualTo(Detail.CARDS);
        assertThat(sizes.measuredFull).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(layout.placements()).allMatch(p -> p.form() == Placement.Form.FULL).hasSize(4);
    }

    @Test
    void aLevelWhoseCardsCannotAllFitIsGivenUpBeforeMeasuringOne() {
        // 200 regions 78 px apart: many cards would find a spot, one by one. But a card is at least 12,000 px², 150
        // of the 200 must be cards (a quarter may be chips), and 150 × 12,000 = 1,800,000 px² is more than the
        // 1592 × 992 = 1,579,264 px² inside the view's margin: no order fits them, so none is measured.
        List<MapItem> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(MapItem.region("r" + i, 40 + 78 * (i % 20), 60 + 95 * (i / 20), null));
        }
        CountingSizes sizes = new CountingSizes() {
            @Override
            public double fullAreaAtLeast(String id) {
                return 200 * 60;
            }
        };
        MapLayout layout = MapLabeller.place(new MapScene(new Box(0, 0, 1600, 1000), items, List.of(), List.of(), 9,
                sizes));

        assertThat(layout.detail()).isNotEqualTo(Detail.CARDS);
        assertThat(sizes.measuredFull).isEmpty();

        // 131 of them could fit by area (131 × 12,000 = 1,572,000): then cards are tried, and measured as tried.
        CountingSizes tried = new CountingSizes() {
            @Override
            public double fullAreaAtLeast(String id) {
                return 200 * 60;
            }
        };
        MapLabeller.place(new MapScene(new Box(0, 0, 1600, 1000), items.subList(0, 174), List.of(), List.of(), 9,
                tried));
        assertThat(tried.measuredFull).isNotEmpty();
    }

    @Test
    void aPinnedCardStaysWhereTheUserPutItUnlessAnOverlayCoversIt() {
        // The title box covers the top left 400 × 100. Region a's card is pinned 30 px right of and 20 px above it.
        Box title = new Box(0, 0, 400, 100);
        List<MapItem> free = List.of(MapItem.region("a", 600, 400, new Box.Point(30, -20)));
        MapLayout layout = MapLabeller.place(new MapScene(new Box(0, 0, 1600, 1000), free, List.of(title), List.of(),
                9, new CountingSizes()));
        assertThat(layout.placements()).singleElement().satisfies(p -> {
            assertThat(p.pinned()).isTrue();
            assertThat(p.box()).isEqualTo(new Box(630, 380, 200, 60));
        });

        // Fitted anew, the same offset from a region at (150, 110) would put the card under the title: placed as
        // any card instead, clear of it.
        List<MapItem> covered = List.of(MapItem.region("a", 150, 110, new Box.Point(30, -60)));
        MapLayout moved = MapLabeller.place(new MapScene(new Box(0, 0, 1600, 1000), covered, List.of(title),
                List.of(), 9, new CountingSizes()));
        assertThat(moved.placements()).singleElement().satisfies(p -> {
            assertThat(p.pinned()).isFalse();
            assertThat(p.box().overlaps(title)).isFalse();
        });
    }
}
