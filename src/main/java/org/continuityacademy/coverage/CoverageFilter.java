package org.continuityacademy.coverage;

import org.jspecify.annotations.Nullable;

/**
 * What the dashboard's figures are narrowed to; every part is optional and they combine.
 *
 * @param departmentId people in this department
 * @param location     people at this location
 * @param roleKey      what this continuity role requires, of the people holding it ("all-staff": everyone)
 * @param moduleId     this module only
 * @param campaignId   the modules of this campaign, for the people it enrolled
 */
public record CoverageFilter(@Nullable Long departmentId, @Nullable String location, @Nullable String roleKey,
                             @Nullable String moduleId, @Nullable Long campaignId) {

    public static CoverageFilter none() {
        return new CoverageFilter(null, null, null, null, null);
    }

    public CoverageFilter withDepartment(@Nullable Long id) {
        return new CoverageFilter(id, location, roleKey, moduleId, campaignId);
    }

    public CoverageFilter withLocation(@Nullable String value) {
        return new CoverageFilter(departmentId, value == null || value.isBlank() ? null : value, roleKey, moduleId, campaignId);
    }

    public CoverageFilter withRole(@Nullable String key) {
        return new CoverageFilter(departmentId, location, key, moduleId, campaignId);
    }

    public CoverageFilter withModule(@Nullable String id) {
        return new CoverageFilter(departmentId, location, roleKey, id, campaignId);
    }

    public CoverageFilter withCampaign(@Nullable Long id) {
        return new CoverageFilter(departmentId, location, roleKey, moduleId, id);
    }

    public boolean isEmpty() {
        return departmentId == null && location == null && roleKey == null && moduleId == null && campaignId == null;
    }
}
