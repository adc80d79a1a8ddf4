package org.continuityacademy.catalogue;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModuleVersions extends JpaRepository<ModuleVersion, Long> {

    Optional<ModuleVersion> findByModuleIdAndContentHash(String moduleId, String contentHash);
}

interface TrainingModules extends JpaRepository<TrainingModule, String> {

    List<TrainingModule> findAllByOrderByModuleId();
}

interface ContentLoads extends JpaRepository<ContentLoad, Long> {

    Optional<ContentLoad> findFirstByOrderByLoadedAtDesc();
}

interface OrganisationFactEntries extends JpaRepository<OrganisationFact, String> {

    List<OrganisationFact> findAllByOrderBySortOrderAscFactKeyAsc();
}
