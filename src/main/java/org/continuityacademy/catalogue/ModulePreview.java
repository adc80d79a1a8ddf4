package org.continuityacademy.catalogue;

import java.util.List;

/** A module as a learner reads it: sections of safe HTML. */
public record ModulePreview(ModuleSummary module, List<Section> sections) {

    public record Section(String title, String html) {
    }
}
