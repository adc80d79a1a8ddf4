package org.continuityacademy.campaigns;

import org.continuityacademy.base.i18n.Labelled;

/** Draft (being prepared), active (scheduled), paused (kept, not firing), archived (finished, read-only). */
public enum CampaignState implements Labelled {
    DRAFT, ACTIVE, PAUSED, ARCHIVED
}
