package io.meridian.app.designdata;

import io.meridian.app.MainViewModel;
import io.meridian.model.Provider;
import javafx.scene.control.Tab;

/**
 * Providers as failure domains: every provider the regions use (and any with a stated profile), its profile
 * editable; the first edit of a provider on defaults states its profile, Remove reverts it to the defaults.
 */
public final class ProvidersTab extends Tab {
    private final ListEditor editor;

    public ProvidersTab(MainViewModel model) {
        super("Providers");
        setClosable(false);
        editor = new ListEditor(model, "provider-", "Choose a provider. A provider-wide event (control plane, "
                + "global DNS/IAM, a bad global deploy) takes all its regions down at once.",
                d -> ProviderFields.listed(d.topology()).stream().map(Provider::id).toList(),
                (d, id) -> ProviderFields.describe(d.topology(), Provider.fromId(id)),
                (d, id) -> ProviderFields.of(d, Provider.fromId(id)));
        editor.selectedButton("Remove profile (use defaults)", "Remove provider profile",
                (d, id) -> ProviderFields.revert(d, Provider.fromId(id)),
                (d, id) -> ProviderFields.stated(d.topology(), Provider.fromId(id)).isPresent());
        setContent(editor);
    }

    ListEditor editor() {
        return editor;
    }
}
