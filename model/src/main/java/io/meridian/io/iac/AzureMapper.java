package io.meridian.io.iac;

/** Placeholder. */
final class AzureMapper extends CloudMapper {
    AzureMapper(Inventory inventory, DesignDraft draft) {
        super(inventory, draft);
    }

    @Override
    void map() {
    }
}
