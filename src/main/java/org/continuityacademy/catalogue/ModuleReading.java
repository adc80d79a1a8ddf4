package org.continuityacademy.catalogue;

import java.util.List;

/** The served version of a module as a learner reads it: its facts and its sections of safe HTML. */
public record ModuleReading(ModuleInfo module, List<ModulePreview.Section> sections) {
}
