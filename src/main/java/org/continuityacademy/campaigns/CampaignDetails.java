package org.continuityacademy.campaigns;

/** A saved campaign for the editor: its fields as a draft, and its state. */
public record CampaignDetails(long id, CampaignState state, CampaignDraft draft) {
}
