package io.meridian.io.iac;

/** Placeholder. */
final class GcpMapper extends CloudMapper {
    GcpMapper(Inventory inventory, DesignDraft draft) {
        super(inventory, draft);
    }

    @Override
    void map() {
    }
}
