package org.continuityacademy.campaigns;

/** Draft (being prepared), active (scheduled), paused (kept, not firing), archived (finished, read-only). */
public enum CampaignState {
    DRAFT("Draft"), ACTIVE("Active"), PAUSED("Paused"), ARCHIVED("Archived");

    private final String label;

    CampaignState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
